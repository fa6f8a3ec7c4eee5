namespace Onderwijsroute.Funding.Allocation;

/// <summary>
/// Step 2 of docs/domain.md §4.2: the leftover units go one each to the recipients with the largest remainders, ties
/// to the lower position (the ordinally lower code).
/// </summary>
internal static class LargestRemainders
{
    /// <summary>The low bits of a packed key that hold the position (so at most 2²⁰ recipients are packed).</summary>
    public const int PositionBits = 20;

    /// <summary>The largest total weight whose remainders fit in a packed key with the position.</summary>
    public const ulong MaxPackedTotalWeight = 1UL << (64 - PositionBits);

    private const ulong PositionMask = (1UL << PositionBits) - 1;

    /// <summary>
    /// The key of a recipient: <c>(W − 1 − remainder, position)</c> in one integer, which orders exactly as the rule:
    /// remainder descending, then position ascending. Keys are distinct, as each holds its position.
    /// </summary>
    /// <param name="totalWeight">W, at most <see cref="MaxPackedTotalWeight"/>.</param>
    /// <param name="remainder">The remainder, below W.</param>
    /// <param name="position">The recipient's position, below 2²⁰.</param>
    public static ulong PackedKey(ulong totalWeight, ulong remainder, int position) =>
        unchecked(((totalWeight - 1 - remainder) << PositionBits) | (uint)position);

    /// <summary>
    /// Adds <paramref name="unit"/> to the amounts of the <paramref name="count"/> recipients with the smallest keys,
    /// found by a selection in expected linear time (Hoare's quickselect), not by sorting all keys.
    /// </summary>
    /// <param name="keys">The <see cref="PackedKey"/> of each recipient; rearranged.</param>
    /// <param name="count">The number of leftover units, below the number of keys.</param>
    /// <param name="amounts">The amounts by position.</param>
    /// <param name="unit">What one leftover unit adds to an amount.</param>
    /// <param name="receivesExtra">Set for the recipients that receive one, by position; may be empty.</param>
    public static void GiveOneMoreEach(Span<ulong> keys, int count, Span<long> amounts, long unit, Span<bool> receivesExtra)
    {
        SelectSmallest(keys, count);
        foreach (var key in keys[..count])
        {
            var position = (int)(key & PositionMask);
            amounts[position] += unit;
            if (!receivesExtra.IsEmpty)
            {
                receivesExtra[position] = true;
            }
        }
    }

    /// <summary>
    /// The same rule for remainders that do not fit a packed key (a total weight beyond 2⁴⁴, which no count or
    /// population reaches): the positions sorted by remainder descending, then position.
    /// </summary>
    /// <param name="remainders">Each recipient's remainder, by position.</param>
    /// <param name="count">The number of leftover units.</param>
    /// <param name="amounts">The amounts by position.</param>
    /// <param name="unit">What one leftover unit adds to an amount.</param>
    /// <param name="receivesExtra">Set for the recipients that receive one, by position; may be empty.</param>
    public static void GiveOneMoreEachBySorting(ReadOnlySpan<ulong> remainders, int count, Span<long> amounts, long unit, Span<bool> receivesExtra)
    {
        var byRemainder = remainders.ToArray();
        var positions = Enumerable.Range(0, byRemainder.Length).ToArray();
        Array.Sort(positions, (a, b) => byRemainder[a] != byRemainder[b] ? byRemainder[b].CompareTo(byRemainder[a]) : a.CompareTo(b));
        foreach (var position in positions.AsSpan(0, count))
        {
            amounts[position] += unit;
            if (!receivesExtra.IsEmpty)
            {
                receivesExtra[position] = true;
            }
        }
    }

    /// <summary>Rearranges distinct keys so that the <paramref name="count"/> smallest come first, in any order.</summary>
    private static void SelectSmallest(Span<ulong> keys, int count)
    {
        int low = 0, high = keys.Length - 1;
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
}
