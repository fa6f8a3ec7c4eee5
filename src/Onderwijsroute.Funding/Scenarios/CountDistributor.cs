using Onderwijsroute.Funding.Allocation;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Distributes a capped pot by head counts with exactly the result of <see cref="CappedBudgetAllocator"/>
/// (docs/domain.md §4.2: <c>⌊B·wᵢ / W⌋</c> units each, the leftover units one each to the largest remainders, ties to the
/// lower code), but per count rather than per gemeente. A scenario year's counts are small integers, and in a draw only
/// a few dozen different ones occur: one pass over the gemeenten counts the gemeenten per count and lists the counts
/// present; the quotient and remainder of <c>B·w / W</c> are computed for those counts only (a multiplication by the
/// inverse of W, no division); a selection over their remainders finds the smallest one that still receives a unit; and one
/// pass over the gemeenten hands out the amounts, the units at that remainder to the lower codes first.
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
    private int[] _gemeenten = new int[InitialTabulated * Copies];
    private int[] _seen = new int[InitialTabulated];
    private long[] _amount = new long[InitialTabulated];
    private int[] _atThreshold = new int[InitialTabulated];
    private readonly int[] _present;
    private readonly ulong[] _keys;
    private readonly ulong[] _selection;
    private readonly ulong[] _scratch;

    /// <param name="recipients">The number of gemeenten.</param>
    public CountDistributor(int recipients)
    {
        _recipients = recipients;
        _present = new int[recipients];
        _keys = new ulong[recipients];
        _selection = new ulong[recipients];
        _scratch = new ulong[recipients];
    }

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

        if (total > uint.MaxValue)
        {
            Allocate(budgetUnits, unitCents, counts, total, amounts);
            return;
        }

        // Gemeenten per count and the counts present, in order of first appearance (the tables are all zeros between
        // calls: what was used is cleared at the end). Without a branch on whether a count is new.
        var present = 0;
        var gemeenten = _gemeenten;
        var seen = _seen;
        for (var g = 0; g < counts.Length; g++)
        {
            var count = counts[g];
            if (count >= seen.Length)
            {
                if (count > MaxTabulated)
                {
                    Clear(present);
                    Allocate(budgetUnits, unitCents, counts, total, amounts);
                    return;
                }

                (gemeenten, seen) = Grow(count);
            }

            var w = (int)count;
            _present[present] = w;
            present += 1 - seen[w];
            seen[w] = 1;
            gemeenten[(w * Copies) + (g % Copies)]++;
        }

        // B·w = quotient·W + remainder for every count present. A key holds the remainder in its high half and the count in
        // its low half, so keys order by remainder (below W, which a larger total than 2³² sends to the allocator).
        var weight = new InvariantDivisor(total);
        var handedOut = 0L;
        for (var i = 0; i < present; i++)
        {
            var w = _present[i];
            var withCount = gemeenten[w * Copies] + gemeenten[(w * Copies) + 1] + gemeenten[(w * Copies) + 2] + gemeenten[(w * Copies) + 3];
            gemeenten[w * Copies] = withCount;
            var high = Math.BigMul(budgetUnits, (ulong)w, out var product);
            if (high != 0 || product > long.MaxValue)
            {
                Clear(present);
                Allocate(budgetUnits, unitCents, counts, total, amounts);
                return;
            }

            var quotient = weight.Divide((long)product);
            var remainder = (long)product - (quotient * total);
            handedOut = checked(handedOut + (withCount * quotient));
            _keys[i] = ((ulong)remainder << 32) | (uint)w;
            _amount[w] = quotient;
        }

        // Fewer leftover units than gemeenten with a remainder (Σ remainders = leftover·W), so the last remainder to
        // receive a unit is positive. The counts by remainder, largest first, until the leftover units are given.
        var leftover = checked((long)budgetUnits - handedOut);
        var threshold = ulong.MaxValue;
        var keys = _keys.AsSpan(0, present);
        if (leftover > 0)
        {
            threshold = LastRewarded(keys, leftover) >> 32;
        }

        // Per count: its amount in cents with the unit of a remainder above the threshold, and whether it ties at the
        // threshold.
        var forTies = leftover;
        foreach (var key in keys)
        {
            var w = (int)unchecked((uint)key);
            var remainder = key >> 32;
            var above = remainder > threshold && threshold != ulong.MaxValue ? 1 : 0;
            _amount[w] = checked((_amount[w] + above) * unitCents);
            _atThreshold[w] = remainder == threshold ? 1 : 0;
            forTies -= above * gemeenten[w * Copies];
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

        Clear(present);
    }

    /// <summary>
    /// The key with the smallest remainder that still receives a unit: walking the keys from the largest, the one at
    /// which the gemeenten passed reach <paramref name="units"/>. A selection (quickselect weighted by the number of
    /// gemeenten per count), not a sort: about half of the keys receive a unit, and their order among themselves does
    /// not matter. The keys are distinct (one per count); they are left as they are, the selection works on copies.
    /// Without a branch on the data: each key is written to both ends of the other buffer and only the end it belongs
    /// to moves past it (a branch on it mispredicted every other key).
    /// </summary>
    private ulong LastRewarded(ReadOnlySpan<ulong> given, long units)
    {
        var keys = _selection.AsSpan(0, given.Length);
        given.CopyTo(keys);
        var scratch = _scratch.AsSpan();
        var gemeenten = _gemeenten;
        while (true)
        {
            var n = keys.Length;
            var pivot = MedianOfThree(keys[0], keys[n / 2], keys[n - 1]);
            var target = scratch[..n];
            int above = 0, below = n - 1;
            var gemeentenAbove = 0L;
            foreach (var key in keys)
            {
                target[above] = key;
                target[below] = key;
                var isAbove = key > pivot ? 1 : 0;
                above += isAbove;
                below -= key < pivot ? 1 : 0;
                gemeentenAbove += gemeenten[(int)unchecked((uint)key) * Copies] * isAbove;
            }

            // [0, above) holds the larger keys, (below, n) the smaller ones, and the pivot is at above = below.
            scratch = keys;
            if (gemeentenAbove >= units)
            {
                keys = target[..above];
                continue;
            }

            var withPivot = gemeentenAbove + gemeenten[(int)unchecked((uint)pivot) * Copies];
            if (withPivot >= units)
            {
                return pivot;
            }

            units -= withPivot;
            keys = target[(below + 1)..];
        }
    }

    private static ulong MedianOfThree(ulong a, ulong b, ulong c)
    {
        if (a > b)
        {
            (a, b) = (b, a);
        }

        return c <= a ? a : c >= b ? b : c;
    }

    /// <summary>Clears the tables' entries of the first <paramref name="present"/> counts present.</summary>
    private void Clear(int present)
    {
        foreach (var w in _present.AsSpan(0, present))
        {
            _gemeenten.AsSpan(w * Copies, Copies).Clear();
            _seen[w] = 0;
        }
    }

    /// <summary>Larger tables for counts up to <paramref name="count"/>, keeping the gemeenten counted so far.</summary>
    private (int[] Gemeenten, int[] Seen) Grow(long count)
    {
        var length = (int)Math.Min(MaxTabulated + 1, Math.Max(2L * _seen.Length, count + 1));
        _amount = new long[length];
        _atThreshold = new int[length];
        Array.Resize(ref _seen, length);
        Array.Resize(ref _gemeenten, length * Copies);
        return (_gemeenten, _seen);
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
