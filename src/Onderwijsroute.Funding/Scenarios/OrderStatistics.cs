using System.Numerics;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Exact order statistics without a sort: the values a sort would put at some ranks. Used for the gap percentiles of
/// every year of every Monte Carlo draw, the national bands over all draws and the leftover units of a capped pot,
/// where sorting (or a swapping quickselect) was most of the cost.
/// </summary>
/// <remarks>
/// Quickselect with a median-of-three pivot that copies each value to the front (below the pivot) or the back (above
/// it) of a second buffer and advances each end by a comparison's 0 or 1: no branch depends on the data, so random
/// values cost no mispredictions, and values equal to the pivot are only counted. The result is the order statistic
/// itself, so it does not depend on the algorithm: any correct selection gives the same numbers.
/// </remarks>
internal static class OrderStatistics
{
    private const int SmallRange = 16;

    /// <summary>Writes the order statistic of every rank (0-based, ascending, a rank may repeat) to <paramref name="into"/>.</summary>
    /// <param name="values">The values; overwritten.</param>
    /// <param name="scratch">A buffer at least as long as <paramref name="values"/>; overwritten.</param>
    /// <param name="ranks">The wanted ranks, each below the number of values.</param>
    /// <param name="into">Receives the values at those ranks, in the order of <paramref name="ranks"/>.</param>
    public static void Select<T>(Span<T> values, Span<T> scratch, ReadOnlySpan<int> ranks, Span<T> into)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        // The ranks still wanted, in a buffer of this frame so that they can shift as the range narrows.
        Span<int> wanted = stackalloc int[ranks.Length];
        ranks.CopyTo(wanted);
        while (wanted.Length > 0)
        {
            var n = values.Length;
            if (n <= SmallRange)
            {
                InsertionSort(values);
                for (var i = 0; i < wanted.Length; i++)
                {
                    into[i] = values[wanted[i]];
                }

                return;
            }

            var pivot = MedianOfThree(values[0], values[n / 2], values[n - 1]);
            var target = scratch[..n];
            int below = 0, above = n - 1;
            foreach (var value in values)
            {
                // Both ends receive the value; only the end it belongs to moves past it.
                target[below] = value;
                target[above] = value;
                below += value < pivot ? 1 : 0;
                above -= value > pivot ? 1 : 0;
            }

            // [0, below) holds the smaller values, (above, n) the larger ones, and every rank in between is the pivot.
            var left = 0;
            while (left < wanted.Length && wanted[left] < below)
            {
                left++;
            }

            var right = left;
            while (right < wanted.Length && wanted[right] <= above)
            {
                into[right++] = pivot;
            }

            if (left > 0)
            {
                Select(target[..below], values[..below], wanted[..left], into);
            }

            // Continue in the larger values: ranks and results shift by the values left behind (in place: i ≤ right + i).
            var remaining = wanted.Length - right;
            for (var i = 0; i < remaining; i++)
            {
                wanted[i] = wanted[right + i] - (above + 1);
            }

            wanted = wanted[..remaining];
            into = into[right..];
            var larger = target[(above + 1)..];
            scratch = values[(above + 1)..];
            values = larger;
        }
    }

    /// <summary>Sorts a few values in place (the last steps of a selection).</summary>
    private static void InsertionSort<T>(Span<T> values)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        for (var i = 1; i < values.Length; i++)
        {
            var value = values[i];
            var j = i - 1;
            for (; j >= 0 && values[j] > value; j--)
            {
                values[j + 1] = values[j];
            }

            values[j + 1] = value;
        }
    }

    private static T MedianOfThree<T>(T a, T b, T c)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        if (a > b)
        {
            (a, b) = (b, a);
        }

        return c <= a ? a : c >= b ? b : c;
    }
}
