namespace Onderwijsroute.Funding.Allocation;

/// <summary>What one recipient receives from a capped budget (Dutch: <em>toegekend bedrag</em>).</summary>
/// <param name="RecipientCode">The recipient's code.</param>
/// <param name="Weight">The weight it was distributed by.</param>
/// <param name="Amount">The amount, a whole number of rounding units.</param>
/// <param name="ReceivedRemainderUnit">Whether it received one of the leftover units (largest remainder).</param>
public readonly record struct AllocatedShare(string RecipientCode, long Weight, Money Amount, bool ReceivedRemainderUnit);
