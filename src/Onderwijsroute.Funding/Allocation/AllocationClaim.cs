namespace Onderwijsroute.Funding.Allocation;

/// <summary>
/// One recipient's claim on a capped budget: its code and its non-negative integer weight
/// (Dutch: <em>aandeel in de verdeelsleutel</em>), e.g. a gemeente and its inhabitants.
/// </summary>
public readonly struct AllocationClaim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="recipientCode">The recipient's CBS code; ties in a distribution go to the ordinally lower code.</param>
    /// <param name="weight">The weight; must not be negative.</param>
    /// <exception cref="ArgumentException">The code is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is negative.</exception>
    public AllocationClaim(string recipientCode, long weight)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientCode);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        RecipientCode = recipientCode;
        Weight = weight;
    }

    /// <summary>The recipient's code.</summary>
    public string RecipientCode { get; }

    /// <summary>The recipient's weight.</summary>
    public long Weight { get; }
}
