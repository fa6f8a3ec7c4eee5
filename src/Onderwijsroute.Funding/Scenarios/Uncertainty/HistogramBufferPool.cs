namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// The gemeente histograms' large buffers (per thread some 25 MB of 16-bit counts and kept bin numbers), kept for the
/// next analysis instead of handed back to the garbage collector. Fresh buffers of that size cost each analysis its
/// zeroing, tens of thousands of page faults and full collections; a kept one costs one clearing (the counts) or
/// nothing (the kept bin numbers, always written before they are read). At most <see cref="MaxKept"/> buffers are kept
/// (two analyses' worth on two cores), the oldest given up first, so an idle service holds at most about 100 MB.
/// </summary>
internal static class HistogramBufferPool
{
    private const int MaxKept = 8;

    private static readonly List<ushort[]> Kept = [];

    /// <summary>A buffer of exactly <paramref name="length"/> values, all zero when <paramref name="cleared"/>.</summary>
    public static ushort[] Rent(int length, bool cleared)
    {
        ushort[]? found = null;
        lock (Kept)
        {
            var i = Kept.FindIndex(buffer => buffer.Length == length);
            if (i >= 0)
            {
                found = Kept[i];
                Kept.RemoveAt(i);
            }
        }

        if (found is null)
        {
            return new ushort[length];
        }

        if (cleared)
        {
            Array.Clear(found);
        }

        return found;
    }

    /// <summary>Keeps a buffer that its analysis no longer uses.</summary>
    public static void Return(ushort[] buffer)
    {
        lock (Kept)
        {
            if (Kept.Count == MaxKept)
            {
                Kept.RemoveAt(0);
            }

            Kept.Add(buffer);
        }
    }
}
