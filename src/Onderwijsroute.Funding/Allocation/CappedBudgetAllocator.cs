namespace Onderwijsroute.Funding.Allocation;

/// <summary>
/// Distributes a capped budget over recipients in proportion to non-negative integer weights, exactly as
/// DOMAIN.md §4 prescribes: whole rounding units, <c>floor(B·wᵢ / W)</c> each, the leftover units one each to the
/// largest remainders <c>(B·wᵢ) mod W</c>, ties to the ordinally lower code. The result does not depend on input order.
/// </summary>
/// <remarks>
/// All arithmetic is integer. <c>B·wᵢ</c> is computed in 128 bits, so budgets up to €10 billion in cents (10¹² units)
/// with weights up to 10⁹ cannot overflow; the total weight must fit in 64 bits.
/// </remarks>
public static class CappedBudgetAllocator
{
    /// <summary>Distributes <paramref name="budget"/> by the weights of <paramref name="claims"/>.</summary>
    /// <param name="budget">The budget; non-negative and a whole number of <paramref name="roundingUnit"/>.</param>
    /// <param name="roundingUnit">The rounding unit, positive (€1 in every scheme so far).</param>
    /// <param name="claims">One claim per recipient; codes must be distinct.</param>
    /// <returns>The allocation. When the weights add up to zero nothing is distributed.</returns>
    /// <exception cref="ArgumentException">The budget is negative or not a whole number of units, or a code repeats.</exception>
    public static Allocation Allocate(Money budget, Money roundingUnit, IReadOnlyCollection<AllocationClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (roundingUnit.Cents <= 0)
        {
            throw new ArgumentException("The rounding unit must be positive.", nameof(roundingUnit));
        }

        if (budget.Cents < 0)
        {
            throw new ArgumentException("The budget must not be negative.", nameof(budget));
        }

        if (budget.Cents % roundingUnit.Cents != 0)
        {
            throw new ArgumentException($"The budget {budget} is not a whole number of rounding units of {roundingUnit}.", nameof(budget));
        }

        var ordered = OrderByCode(claims);
        var totalWeight = 0L;
        foreach (var claim in ordered)
        {
            totalWeight = checked(totalWeight + claim.Weight);
        }

        var shares = new AllocatedShare[ordered.Length];
        if (totalWeight == 0)
        {
            for (var i = 0; i < ordered.Length; i++)
            {
                shares[i] = new AllocatedShare(ordered[i].RecipientCode, 0, Money.Zero, false);
            }

            return new Allocation(budget, roundingUnit, 0, shares);
        }

        var budgetUnits = (ulong)(budget.Cents / roundingUnit.Cents);
        var units = new long[ordered.Length];
        var remainders = new ulong[ordered.Length];
        var handedOut = 0L;
        for (var i = 0; i < ordered.Length; i++)
        {
            (units[i], remainders[i]) = DivideProduct(budgetUnits, (ulong)ordered[i].Weight, (ulong)totalWeight);
            handedOut += units[i];
        }

        var leftover = (long)budgetUnits - handedOut;
        var receivesExtra = new bool[ordered.Length];
        if (leftover > 0)
        {
            foreach (var position in LargestRemainders(remainders, (ulong)totalWeight, (int)leftover))
            {
                receivesExtra[position] = true;
                units[position]++;
            }
        }

        for (var i = 0; i < ordered.Length; i++)
        {
            shares[i] = new AllocatedShare(ordered[i].RecipientCode, ordered[i].Weight, Money.FromCents(checked(units[i] * roundingUnit.Cents)), receivesExtra[i]);
        }

        return new Allocation(budget, roundingUnit, totalWeight, shares);
    }

    private static AllocationClaim[] OrderByCode(IReadOnlyCollection<AllocationClaim> claims)
    {
        var ordered = claims.ToArray();
        if (!IsStrictlyOrdered(ordered))
        {
            Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.RecipientCode, b.RecipientCode));
            for (var i = 1; i < ordered.Length; i++)
            {
                if (string.Equals(ordered[i - 1].RecipientCode, ordered[i].RecipientCode, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Recipient {ordered[i].RecipientCode} appears more than once.", nameof(claims));
                }
            }
        }

        return ordered;
    }

    /// <summary>Callers usually pass claims in code order already (the gemeenten are kept so); then no sort is needed.</summary>
    private static bool IsStrictlyOrdered(AllocationClaim[] claims)
    {
        for (var i = 1; i < claims.Length; i++)
        {
            if (string.CompareOrdinal(claims[i - 1].RecipientCode, claims[i].RecipientCode) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The positions of the <paramref name="count"/> largest remainders; among equal remainders the lower position
    /// (the ordinally lower code) comes first.
    /// </summary>
    private static IEnumerable<int> LargestRemainders(ulong[] remainders, ulong totalWeight, int count)
    {
        const int PositionBits = 20;
        if (totalWeight < 1UL << (64 - PositionBits) && remainders.Length < 1 << PositionBits)
        {
            // Fast path: pack (totalWeight − 1 − remainder, position) into one key, so that an ascending sort of
            // plain integers orders by remainder descending, then by position ascending.
            var keys = new ulong[remainders.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = ((totalWeight - 1 - remainders[i]) << PositionBits) | (uint)i;
            }

            Array.Sort(keys);
            return keys.Take(count).Select(k => (int)(k & ((1UL << PositionBits) - 1)));
        }

        var positions = Enumerable.Range(0, remainders.Length).ToArray();
        Array.Sort(positions, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        return positions.Take(count);
    }

    /// <summary>Returns <c>floor(b·w / total)</c> and <c>(b·w) mod total</c> exactly.</summary>
    private static (long Quotient, ulong Remainder) DivideProduct(ulong budgetUnits, ulong weight, ulong totalWeight)
    {
        var high = Math.BigMul(budgetUnits, weight, out var low);
        if (high == 0)
        {
            return ((long)(low / totalWeight), low % totalWeight);
        }

        var product = new UInt128(high, low);
        var (quotient, remainder) = UInt128.DivRem(product, totalWeight);
        return ((long)quotient, (ulong)remainder);
    }
}
