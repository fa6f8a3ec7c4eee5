using System.Runtime.Intrinsics;

namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// The bin numbers of 32 consecutive gemeente-years at once (one row of a tile of <see cref="GapHistograms"/>), with
/// 512-bit vectors: ⌊(value − low) / width⌋ from a double-precision product with 1/width, corrected by one in either
/// direction with an exact integer product, so it is the same integer the scalar division gives. The double's error
/// is far below one bin because every offset in range is below 2⁵⁰ (exact as a double) and the quotient below 2,048: the
/// truncated product is the quotient or one off. A row with a value outside its range (to be clamped and counted) is
/// left to the scalar code, as is every row on a machine without 512-bit vectors.
/// </summary>
internal sealed class VectorBinning
{
    /// <summary>Values per row: the tile width of <see cref="GapHistograms"/>.</summary>
    public const int Row = 32;

    /// <summary>A range's end (bins × width) must stay below this for the double product to be exact enough.</summary>
    private const long MaxEnd = 1L << 50;

    private readonly long[] _low;
    private readonly long[] _width;
    private readonly double[] _inverse;
    private readonly long[] _end;

    internal VectorBinning(long[] low, long[] width)
    {
        _low = low;
        _width = width;
        _inverse = width.Select(w => 1.0 / w).ToArray();
        _end = width.Select(w => w * GapHistograms.Bins).ToArray();
    }

    /// <summary>The binning for these ranges, or <c>null</c> where it does not apply (no 512-bit vectors, a range too wide).</summary>
    public static VectorBinning? For(long[] low, long[] width) =>
        Vector512.IsHardwareAccelerated && width.All(w => w is > 0 and < MaxEnd / GapHistograms.Bins) ? new VectorBinning(low, width) : null;

    /// <summary>
    /// Writes the bin numbers of <paramref name="values"/> (series <paramref name="first"/> to <paramref name="first"/> + 31)
    /// to <paramref name="row"/> and lowers or raises their minima and maxima; false, with nothing written, when a value
    /// lies outside its range.
    /// </summary>
    public bool TryRow(ReadOnlySpan<long> values, int first, Span<ushort> row, long[] min, long[] max)
    {
        const int Lanes = 8;
        Span<Vector512<long>> bins = stackalloc Vector512<long>[Row / Lanes];
        for (var k = 0; k < bins.Length; k++)
        {
            var s = first + (k * Lanes);
            var offset = Vector512.Create(values[(k * Lanes)..]) - Vector512.Create<long>(_low.AsSpan(s));

            // 0 ≤ offset < end as one unsigned comparison (a negative offset is a very large unsigned number).
            if (!Vector512.LessThanAll(offset.AsUInt64(), Vector512.Create<long>(_end.AsSpan(s)).AsUInt64()))
            {
                return false;
            }

            var width = Vector512.Create<long>(_width.AsSpan(s));
            var bin = Vector512.ConvertToInt64(Vector512.ConvertToDouble(offset) * Vector512.Create<double>(_inverse.AsSpan(s)));
            var product = bin * width;

            // One too high: bin·width > offset; one too low: (bin + 1)·width ≤ offset. A true comparison is −1 in every bit.
            bin += Vector512.GreaterThan(product, offset);
            bin -= Vector512.LessThanOrEqual(product + width, offset);
            bins[k] = bin;
        }

        var narrowed = Vector512.Narrow(Vector512.Narrow(bins[0], bins[1]), Vector512.Narrow(bins[2], bins[3]));
        narrowed.AsUInt16().CopyTo(row);
        for (var k = 0; k < bins.Length; k++)
        {
            var s = first + (k * Lanes);
            var value = Vector512.Create(values[(k * Lanes)..]);
            Vector512.Min(Vector512.Create<long>(min.AsSpan(s)), value).CopyTo(min, s);
            Vector512.Max(Vector512.Create<long>(max.AsSpan(s)), value).CopyTo(max, s);
        }

        return true;
    }
}
