using Onderwijsroute.Funding.Allocation;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Distributes a capped pot by head counts with exactly the result of <see cref="CappedBudgetAllocator"/>
/// (docs/domain.md §4.2: <c>⌊B·wᵢ / W⌋</c> units each, the leftover units one each to the largest remainders, ties to the
/// lower code), but without a division per gemeente: a scenario year's counts are small integers, so the quotient and
/// remainder of <c>B·w / W</c> are tabulated for every count w up to the largest by adding <c>B / W</c> step by step.
/// One instance per thread: it keeps its tables and keys between calls.
/// </summary>
internal sealed class CountDistributor
{
    /// <summary>Largest count tabulated; a year with a larger count (given counts can be large) takes the allocator.</summary>
    private const int MaxTabulated = 4096;

    /// <summary>Bits for the position in a leftover key, as in the allocator's fast path.</summary>
    private const int PositionBits = 20;

    private readonly long[] _quotient = new long[MaxTabulated + 1];
    private readonly ulong[] _remainder = new ulong[MaxTabulated + 1];
    private readonly ulong[] _keys;
    private readonly ulong[] _selection;
    private readonly ulong[] _scratch;
    private readonly ulong[] _allocatorRemainders;
    private readonly bool[] _receivesExtra;

    /// <param name="recipients">The number of gemeenten.</param>
    public CountDistributor(int recipients)
    {
        _keys = new ulong[recipients];
        _selection = new ulong[recipients];
        _scratch = new ulong[recipients];
        _allocatorRemainders = new ulong[recipients];
        _receivesExtra = new bool[recipients];
    }

    /// <summary>Distributes <paramref name="budgetUnits"/> by <paramref name="counts"/> (one per gemeente, in code order, total positive) into <paramref name="units"/>.</summary>
    public void Distribute(ulong budgetUnits, long[] counts, long total, long[] units)
    {
        if (counts.Length != _keys.Length)
        {
            throw new ArgumentException($"Expected {_keys.Length} counts, got {counts.Length}.", nameof(counts));
        }

        var largest = 0L;
        foreach (var count in counts)
        {
            largest = Math.Max(largest, count);
        }

        if (largest > MaxTabulated || (ulong)total >= 1UL << (64 - PositionBits) || counts.Length >= 1 << PositionBits)
        {
            CappedBudgetAllocator.DistributeUnits(budgetUnits, counts, total, units, _receivesExtra, _allocatorRemainders, _keys);
            return;
        }

        // B·w = quotient[w]·W + remainder[w], built from B·1 by adding: no product can overflow and no division is needed.
        var weight = (ulong)total;
        var step = (long)(budgetUnits / weight);
        var stepRemainder = budgetUnits % weight;
        for (var w = 1; w <= largest; w++)
        {
            var remainder = _remainder[w - 1] + stepRemainder;
            var carry = remainder >= weight ? 1 : 0;
            _remainder[w] = remainder - (carry == 1 ? weight : 0);
            _quotient[w] = checked(_quotient[w - 1] + step + carry);
        }

        var handedOut = 0L;
        var keys = _keys;
        for (var g = 0; g < counts.Length; g++)
        {
            var count = counts[g];
            units[g] = _quotient[count];
            handedOut += _quotient[count];

            // Ascending keys are remainder descending, then position ascending: the ties rule of the allocator.
            keys[g] = ((weight - 1 - _remainder[count]) << PositionBits) | (uint)g;
        }

        var leftover = checked((long)budgetUnits - handedOut);
        if (leftover == 0)
        {
            return;
        }

        // Fewer leftover units than gemeenten with a remainder (Σ remainders = leftover·W), and the keys are distinct: the
        // gemeenten whose key is at most the leftover-th smallest key get one unit more.
        Span<ulong> threshold = stackalloc ulong[1];
        keys.CopyTo(_selection, 0);
        OrderStatistics.Select(_selection.AsSpan(), _scratch, [(int)leftover - 1], threshold);
        var last = threshold[0];
        for (var g = 0; g < keys.Length; g++)
        {
            units[g] += keys[g] <= last ? 1 : 0;
        }
    }
}
