namespace Onderwijsroute.Funding.Allocation;

/// <summary>
/// Distributes a capped budget over recipients in proportion to non-negative integer weights, exactly as
/// docs/domain.md §4 prescribes: whole rounding units, <c>floor(B·wᵢ / W)</c> each, the leftover units one each to the
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
        var weights = new long[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            weights[i] = ordered[i].Weight;
        }

        var units = new long[ordered.Length];
        var receivesExtra = new bool[ordered.Length];
        DistributeUnits(budgetUnits, weights, totalWeight, units, receivesExtra, new ulong[ordered.Length], new ulong[ordered.Length]);
        for (var i = 0; i < ordered.Length; i++)
        {
            shares[i] = new AllocatedShare(ordered[i].RecipientCode, ordered[i].Weight, Money.FromCents(checked(units[i] * roundingUnit.Cents)), receivesExtra[i]);
        }

        return new Allocation(budget, roundingUnit, totalWeight, shares);
    }

    /// <summary>
    /// The core of <see cref="Allocate"/> on plain arrays: distributes <paramref name="budgetUnits"/> by
    /// <paramref name="weights"/> (in code order, so ties go to the lower position; total weight positive). Scenario
    /// simulations call it directly to distribute thousands of times without building claims and shares.
    /// </summary>
    internal static void DistributeUnits(ulong budgetUnits, long[] weights, long totalWeight, Span<long> units, Span<bool> receivesExtra, ulong[] remainders, ulong[] keys)
    {
        var handedOut = 0L;
        for (var i = 0; i < weights.Length; i++)
        {
            (units[i], remainders[i]) = DivideProduct(budgetUnits, (ulong)weights[i], (ulong)totalWeight);
            handedOut += units[i];
            receivesExtra[i] = false;
        }

        var leftover = (long)budgetUnits - handedOut;
        if (leftover > 0)
        {
            foreach (var position in LargestRemainders(remainders, (ulong)totalWeight, (int)leftover, keys))
            {
                receivesExtra[position] = true;
                units[position]++;
            }
        }
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
    private static IEnumerable<int> LargestRemainders(ulong[] remainders, ulong totalWeight, int count, ulong[] keys)
    {
        const int PositionBits = 20;
        var n = remainders.Length;
        if (totalWeight < 1UL << (64 - PositionBits) && n < 1 << PositionBits)
        {
            // Fast path: pack (totalWeight − 1 − remainder, position) into one key, so that ascending order of plain
            // integers is remainder descending, then position ascending. Keys are distinct (they hold the position),
            // so the `count` smallest are a well-defined set: select them in linear time instead of sorting all.
            for (var i = 0; i < n; i++)
            {
                keys[i] = ((totalWeight - 1 - remainders[i]) << PositionBits) | (uint)i;
            }

            if (count < n)
            {
                SelectSmallest(keys, n, count);
            }

            var positions = new int[count];
            for (var i = 0; i < count; i++)
            {
                positions[i] = (int)(keys[i] & ((1UL << PositionBits) - 1));
            }

            return positions;
        }

        var ordered = Enumerable.Range(0, n).ToArray();
        Array.Sort(ordered, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        return ordered.Take(count);
    }

    /// <summary>Rearranges keys[0..n) so that its <paramref name="count"/> smallest (distinct) keys come first, in any order.</summary>
    private static void SelectSmallest(ulong[] keys, int n, int count)
    {
        int low = 0, high = n - 1;
        while (low < high)
        {
            var pivot = keys[low + ((high - low) / 2)];
            int i = low, j = high;
            while (i <= j)
            {
                while (keys[i] < pivot)
                {
                    i++;
                }

                while (keys[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                    i++;
                    j--;
                }
            }

            // Everything in [low, j] is ≤ pivot and everything in [i, high] ≥ pivot; continue where position count − 1 lies.
            if (count - 1 <= j)
            {
                high = j;
            }
            else if (count - 1 >= i)
            {
                low = i;
            }
            else
            {
                return;
            }
        }
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
