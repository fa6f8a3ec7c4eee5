using System.Collections.ObjectModel;

namespace Onderwijsroute.Funding.Allocation;

/// <summary>
/// The outcome of distributing a capped budget by weights (Dutch: <em>verdeling naar rato</em>): every recipient's
/// amount in code order, and what was not distributed. The amounts plus <see cref="Undistributed"/> equal the budget.
/// </summary>
public sealed class Allocation
{
    private Dictionary<string, int>? _indexByCode;

    internal Allocation(Money budget, Money roundingUnit, long totalWeight, AllocatedShare[] shares)
    {
        Budget = budget;
        RoundingUnit = roundingUnit;
        TotalWeight = totalWeight;
        Shares = new ReadOnlyCollection<AllocatedShare>(shares);
        var distributed = 0L;
        for (var i = 0; i < shares.Length; i++)
        {
            distributed = checked(distributed + shares[i].Amount.Cents);
        }

        Distributed = Money.FromCents(distributed);
    }

    /// <summary>The budget that was to be distributed.</summary>
    public Money Budget { get; }

    /// <summary>The rounding unit: every amount is a whole number of these.</summary>
    public Money RoundingUnit { get; }

    /// <summary>The sum of all weights.</summary>
    public long TotalWeight { get; }

    /// <summary>Every recipient's share, ordered by code (ordinal).</summary>
    public IReadOnlyList<AllocatedShare> Shares { get; }

    /// <summary>The sum of all amounts.</summary>
    public Money Distributed { get; }

    /// <summary>What was not distributed (Dutch: <em>niet verdeeld</em>): the whole budget when the total weight is zero, else zero.</summary>
    public Money Undistributed => Budget - Distributed;

    /// <summary>Whether anything was distributed (false when the total weight is zero).</summary>
    public bool IsDistributed => TotalWeight > 0;

    /// <summary>The amount for one recipient, in O(1).</summary>
    /// <param name="recipientCode">The recipient's code.</param>
    /// <returns>The amount, or <c>null</c> when the code was not among the recipients.</returns>
    public Money? AmountFor(string recipientCode)
    {
        // Built on first use: most callers walk Shares in code order and never look up by code.
        _indexByCode ??= Shares.Select((s, i) => (s.RecipientCode, i)).ToDictionary(p => p.RecipientCode, p => p.i, StringComparer.Ordinal);
        return _indexByCode.TryGetValue(recipientCode, out var index) ? Shares[index].Amount : null;
    }
}
