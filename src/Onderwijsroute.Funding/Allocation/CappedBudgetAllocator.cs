namespace Onderwijsroute.Funding.Allocation;

/// <summary>
/// Distributes a capped budget over recipients in proportion to non-negative integer weights, exactly as
/// docs/domain.md §4 prescribes: whole rounding units, <c>floor(B·wᵢ / W)</c> each, the leftover units one each to the
/// largest remainders <c>(B·wᵢ) mod W</c>, ties to the ordinally lower code. The result does not depend on input order.
/// </summary>
/// <remarks>
/// All arithmetic is integer. <c>B·wᵢ</c> is computed in 64 bits when <c>B·W</c> fits (then every product does, as
/// <c>wᵢ ≤ W</c>), else in 128 bits, so budgets up to €10 billion in cents (10¹² units) with weights up to 10⁹ cannot
/// overflow; the total weight must fit in 64 bits.
/// </remarks>
public static class CappedBudgetAllocator
{
    /// <summary>Up to this many recipients the working spans live on the stack (342 gemeenten: 2.7 KB of keys).</summary>
    private const int StackLimit = 512;

    /// <summary>Distributes <paramref name="budget"/> by the weights of <paramref name="claims"/>.</summary>
    /// <param name="budget">The budget; non-negative and a whole number of <paramref name="roundingUnit"/>.</param>
    /// <param name="roundingUnit">The rounding unit, positive (€1 in every scheme so far).</param>
    /// <param name="claims">One claim per recipient; codes must be distinct.</param>
    /// <returns>The allocation. When the weights add up to zero nothing is distributed.</returns>
    /// <exception cref="ArgumentException">The budget is negative or not a whole number of units, or a code repeats.</exception>
    public static Allocation Allocate(Money budget, Money roundingUnit, IReadOnlyCollection<AllocationClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var budgetUnits = BudgetUnits(budget, roundingUnit);
        var ordered = OrderByCode(claims);
        var n = ordered.Length;
        Span<long> weights = n <= StackLimit ? stackalloc long[n] : new long[n];
        var totalWeight = 0L;
        for (var i = 0; i < n; i++)
        {
            weights[i] = ordered[i].Weight;
            totalWeight = checked(totalWeight + weights[i]);
        }

        Span<long> amounts = n <= StackLimit ? stackalloc long[n] : new long[n];
        Span<bool> receivesExtra = n <= StackLimit ? stackalloc bool[n] : new bool[n];
        if (totalWeight > 0)
        {
            Span<ulong> keys = n <= StackLimit ? stackalloc ulong[n] : new ulong[n];
            DistributeUnits(budgetUnits, weights, (ulong)totalWeight, roundingUnit.Cents, amounts, receivesExtra, keys);
        }

        var shares = new AllocatedShare[n];
        for (var i = 0; i < n; i++)
        {
            shares[i] = new AllocatedShare(ordered[i].RecipientCode, weights[i], Money.FromCents(amounts[i]), receivesExtra[i]);
        }

        return new Allocation(budget, roundingUnit, totalWeight, shares);
    }

    /// <summary>
    /// The distribution on plain spans, for callers whose recipients are already in code order (the gemeenten of the
    /// reference data): every amount in cents at its recipient's position. Nothing is distributed (every amount 0)
    /// when the weights add up to zero.
    /// </summary>
    /// <param name="budget">The budget; non-negative and a whole number of <paramref name="roundingUnit"/>.</param>
    /// <param name="roundingUnit">The rounding unit, positive.</param>
    /// <param name="weights">The weights in code order, each non-negative.</param>
    /// <param name="totalWeight">The sum of the weights.</param>
    /// <returns>The amounts in cents, in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ArgumentException">The budget is negative or not a whole number of units, or a weight is negative.</exception>
    internal static long[] AllocateCents(Money budget, Money roundingUnit, ReadOnlySpan<long> weights, out long totalWeight)
    {
        var amounts = new long[weights.Length];
        AllocateCents(budget, roundingUnit, weights, amounts, out totalWeight);
        return amounts;
    }

    /// <summary>
    /// As <see cref="AllocateCents(Money, Money, ReadOnlySpan{long}, out long)"/>, into the caller's
    /// <paramref name="amounts"/> (of the weights' length; a forecast's sensitivity analysis distributes thousands of
    /// times between two weights and keeps them on the stack).
    /// </summary>
    internal static void AllocateCents(Money budget, Money roundingUnit, ReadOnlySpan<long> weights, Span<long> amounts, out long totalWeight)
    {
        var budgetUnits = BudgetUnits(budget, roundingUnit);
        totalWeight = 0L;
        foreach (var weight in weights)
        {
            if (weight < 0)
            {
                throw new ArgumentException("A weight must not be negative.", nameof(weights));
            }

            totalWeight = checked(totalWeight + weight);
        }

        amounts.Clear();
        if (totalWeight > 0)
        {
            Span<ulong> keys = weights.Length <= StackLimit ? stackalloc ulong[weights.Length] : new ulong[weights.Length];
            DistributeUnits(budgetUnits, weights, (ulong)totalWeight, roundingUnit.Cents, amounts, default, keys);
        }
    }

    /// <summary>
    /// The core on caller-owned arrays (scenario simulations distribute thousands of times and reuse them):
    /// distributes <paramref name="budgetUnits"/> by <paramref name="weights"/> (in code order; total weight positive)
    /// into whole units. The core no longer needs <paramref name="remainders"/> (they travel inside the keys); the
    /// signature stays until the scenario kernel, reworked on another branch, calls the span overload.
    /// </summary>
    internal static void DistributeUnits(ulong budgetUnits, long[] weights, long totalWeight, Span<long> units, Span<bool> receivesExtra, ulong[] remainders, ulong[] keys)
    {
        DistributeUnits(budgetUnits, weights, (ulong)totalWeight, 1, units, receivesExtra, keys);
    }

    /// <summary>
    /// The core: <c>floor(B·wᵢ / W)</c> units each, then one more each for the leftover units' recipients, the largest
    /// remainders with ties to the lower position (the ordinally lower code); every amount as units × <paramref name="unit"/>.
    /// <paramref name="receivesExtra"/> may be empty when the caller does not ask who received a leftover unit;
    /// <paramref name="keys"/> is scratch of at least the recipients' length.
    /// </summary>
    internal static void DistributeUnits(ulong budgetUnits, ReadOnlySpan<long> weights, ulong totalWeight, long unit, Span<long> amounts, Span<bool> receivesExtra, Span<ulong> keys)
    {
        var n = weights.Length;
        amounts = amounts[..n];
        keys = keys[..n];
        receivesExtra.Clear();

        // B·W < 2⁶⁴ means every B·wᵢ fits in 64 bits (wᵢ ≤ W): one hardware division per recipient. Else 128 bits.
        var fitsIn64Bits = budgetUnits <= ulong.MaxValue / totalWeight;

        // The leftover units go to the smallest packed keys (remainder and position in one integer), which fit when
        // W ≤ 2⁴⁴ and there are at most 2²⁰ recipients: counts and inhabitants stay below 2⁴⁴ by five orders of magnitude.
        var packed = totalWeight <= LargestRemainders.MaxPackedTotalWeight && n < 1 << LargestRemainders.PositionBits;
        var handedOut = 0UL;
        for (var i = 0; i < n; i++)
        {
            ulong quotient, remainder;
            if (fitsIn64Bits)
            {
                var product = unchecked(budgetUnits * (ulong)weights[i]);
                quotient = product / totalWeight;
                remainder = unchecked(product - (quotient * totalWeight));
            }
            else
            {
                (quotient, remainder) = DivideProduct(budgetUnits, (ulong)weights[i], totalWeight);
            }

            // quotient ≤ B, so quotient × unit ≤ the budget in cents, which fits; so does the running sum.
            amounts[i] = unchecked((long)quotient * unit);
            handedOut = unchecked(handedOut + quotient);
            keys[i] = packed ? LargestRemainders.PackedKey(totalWeight, remainder, i) : remainder;
        }

        // Σ floor(B·wᵢ/W) ≤ B, and the leftover Σ remainderᵢ / W is below the number of recipients with a remainder.
        var leftover = (int)(budgetUnits - handedOut);
        if (leftover == 0)
        {
            return;
        }

        if (packed)
        {
            LargestRemainders.GiveOneMoreEach(keys, leftover, amounts, unit, receivesExtra);
        }
        else
        {
            LargestRemainders.GiveOneMoreEachBySorting(keys, leftover, amounts, unit, receivesExtra);
        }
    }

    /// <summary>The budget in rounding units, after the guards every distribution shares.</summary>
    private static ulong BudgetUnits(Money budget, Money roundingUnit)
    {
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

        return (ulong)(budget.Cents / roundingUnit.Cents);
    }

    private static AllocationClaim[] OrderByCode(IReadOnlyCollection<AllocationClaim> claims)
    {
        // Callers usually pass claims in code order already (the gemeenten are kept so); then no copy or sort is needed,
        // and the caller's array is only read.
        if (claims is AllocationClaim[] given && IsStrictlyOrdered(given))
        {
            return given;
        }

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

    /// <summary>Returns <c>floor(b·w / total)</c> and <c>(b·w) mod total</c> exactly, the product in 128 bits.</summary>
    private static (ulong Quotient, ulong Remainder) DivideProduct(ulong budgetUnits, ulong weight, ulong totalWeight)
    {
        var (quotient, remainder) = UInt128.DivRem(Math.BigMul(budgetUnits, weight), totalWeight);
        return ((ulong)quotient, (ulong)remainder);
    }
}
