using Onderwijsroute.Funding.Allocation;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Distributes a capped pot by head counts with exactly the result of <see cref="CappedBudgetAllocator"/>
/// (docs/domain.md §4.2: <c>⌊B·wᵢ / W⌋</c> units each, the leftover units one each to the largest remainders, ties to the
/// lower code), but without a division or a sort per gemeente. A scenario year's counts are small integers, and in a
/// draw only a few dozen different ones occur, so the work is done per count rather than per gemeente: the quotient and
/// remainder of <c>B·w / W</c> are tabulated for every count w up to the largest by adding <c>B / W</c> step by step,
/// the counts are ordered by remainder to find the smallest remainder that still receives a unit, and one pass over
/// the gemeenten hands out the amounts, the units at that remainder to the lower codes first.
/// One instance per thread: it keeps its tables between calls.
/// </summary>
internal sealed class CountDistributor
{
    /// <summary>Largest count tabulated; a year with a larger count (given counts can be large) takes the allocator.</summary>
    private const int MaxTabulated = 4096;

    /// <summary>Interleaved copies of the number of gemeenten per count, so that equal neighbours do not wait for each other.</summary>
    private const int Copies = 4;

    /// <summary>Counts tabulated at first; the tables grow (to <see cref="MaxTabulated"/>) when a larger count comes.</summary>
    private const int InitialTabulated = 64;

    private readonly int _recipients;
    private long[] _quotient = new long[InitialTabulated];
    private ulong[] _remainder = new ulong[InitialTabulated];
    private int[] _gemeenten = new int[InitialTabulated * Copies];
    private long[] _amount = new long[InitialTabulated];
    private int[] _atThreshold = new int[InitialTabulated];
    private int[] _order = new int[InitialTabulated];

    /// <param name="recipients">The number of gemeenten.</param>
    public CountDistributor(int recipients) => _recipients = recipients;

    /// <summary>
    /// Distributes <paramref name="budgetUnits"/> rounding units of <paramref name="unitCents"/> by <paramref name="counts"/>
    /// (one per gemeente, in code order, total positive) into <paramref name="amounts"/>, in cents.
    /// </summary>
    public void Distribute(ulong budgetUnits, long unitCents, long[] counts, long total, long[] amounts)
    {
        if (counts.Length != _recipients)
        {
            throw new ArgumentException($"Expected {_recipients} counts, got {counts.Length}.", nameof(counts));
        }

        // Gemeenten per count (the table is all zeros between calls: the used part is cleared at the end).
        var largest = 0L;
        var gemeenten = _gemeenten;
        for (var g = 0; g < counts.Length; g++)
        {
            var count = counts[g];
            if (count >= _quotient.Length)
            {
                if (count > MaxTabulated)
                {
                    Array.Clear(gemeenten);
                    Allocate(budgetUnits, unitCents, counts, total, amounts);
                    return;
                }

                gemeenten = Grow(count);
            }

            largest = Math.Max(largest, count);
            gemeenten[((int)count * Copies) + (g % Copies)]++;
        }

        // B·w = quotient[w]·W + remainder[w], built from B·1 by adding: no product can overflow and no division is needed.
        var weight = (ulong)total;
        var step = (long)(budgetUnits / weight);
        var stepRemainder = budgetUnits % weight;
        var handedOut = 0L;
        var present = 0;
        for (var w = 1; w <= largest; w++)
        {
            var remainder = _remainder[w - 1] + stepRemainder;
            var carry = remainder >= weight ? 1 : 0;
            _remainder[w] = remainder - (carry == 1 ? weight : 0);
            _quotient[w] = checked(_quotient[w - 1] + step + carry);
            var withCount = gemeenten[w * Copies] + gemeenten[(w * Copies) + 1] + gemeenten[(w * Copies) + 2] + gemeenten[(w * Copies) + 3];
            gemeenten[w * Copies] = withCount;
            handedOut = checked(handedOut + (withCount * _quotient[w]));
            if (withCount > 0 && _remainder[w] > 0)
            {
                _order[present++] = w;
            }
        }

        // Fewer leftover units than gemeenten with a remainder (Σ remainders = leftover·W), so the last remainder to
        // receive a unit is positive. Counts by remainder, largest first (a few dozen in a draw, at most one per gemeente:
        // insertion sort).
        var leftover = checked((long)budgetUnits - handedOut);
        var threshold = ulong.MaxValue;
        if (leftover > 0)
        {
            var order = _order.AsSpan(0, present);
            for (var i = 1; i < order.Length; i++)
            {
                var w = order[i];
                var j = i - 1;
                for (; j >= 0 && _remainder[order[j]] < _remainder[w]; j--)
                {
                    order[j + 1] = order[j];
                }

                order[j + 1] = w;
            }

            var given = 0L;
            for (var i = 0; given < leftover; i++)
            {
                threshold = _remainder[order[i]];
                given += gemeenten[order[i] * Copies];
            }
        }

        // Per count: its amount in cents with the unit of a remainder above the threshold, and whether it ties at the
        // threshold.
        var forTies = leftover;
        for (var w = 0; w <= largest; w++)
        {
            var above = _remainder[w] > threshold && threshold != ulong.MaxValue ? 1 : 0;
            _amount[w] = checked((_quotient[w] + above) * unitCents);
            _atThreshold[w] = _remainder[w] == threshold ? 1 : 0;
            forTies -= w == 0 ? 0 : above * gemeenten[w * Copies];
        }

        // The units left for the remainder at the threshold go to the lower codes first. Without branches: whether a
        // gemeente ties is a coin toss for the processor's branch prediction.
        for (var g = 0; g < counts.Length; g++)
        {
            var count = counts[g];
            var tie = _atThreshold[count] & (forTies > 0 ? 1 : 0);
            amounts[g] = _amount[count] + (tie * unitCents);
            forTies -= tie;
        }

        gemeenten.AsSpan(0, (int)(largest + 1) * Copies).Clear();
    }

    /// <summary>Larger tables for counts up to <paramref name="count"/>, keeping the gemeenten counted so far.</summary>
    private int[] Grow(long count)
    {
        var length = (int)Math.Min(MaxTabulated + 1, Math.Max(2L * _quotient.Length, count + 1));
        _quotient = new long[length];
        _remainder = new ulong[length];
        _amount = new long[length];
        _atThreshold = new int[length];
        _order = new int[length];
        Array.Resize(ref _gemeenten, length * Copies);
        return _gemeenten;
    }

    /// <summary>A year with counts beyond the tables: the allocator's core, per gemeente.</summary>
    private static void Allocate(ulong budgetUnits, long unitCents, long[] counts, long total, long[] amounts)
    {
        var n = counts.Length;
        CappedBudgetAllocator.DistributeUnits(budgetUnits, counts, total, amounts, new bool[n], new ulong[n], new ulong[n]);
        for (var i = 0; i < n; i++)
        {
            amounts[i] = checked(amounts[i] * unitCents);
        }
    }
}
