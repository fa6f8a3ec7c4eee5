using System.Numerics;
using CsCheck;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Tests.Scenarios;

/// <summary>
/// The 512-bit passes of a draw give the integers of the scalar code they stand in for, so results stay bit-identical on
/// machines without them. The vector code runs here even where the machine lacks 512-bit vectors (then emulated).
/// </summary>
public class VectorPassProperties
{
    /// <summary>Up to 40 gemeenten (whole vectors and a tail); per case, amounts of one size: small, up to the vector bound, or beyond it.</summary>
    private static readonly Gen<long[][]> GapInputs =
        Gen.Int[0, 40].SelectMany(n => Gen.OneOf(
            Gen.Long[-1_000_000_000, 1_000_000_000].Array[n].Array[6],
            Gen.Long[-(GapPass.VectorBound - 1), GapPass.VectorBound - 1].Array[n].Array[6],
            Gen.Long[-(1L << 50), 1L << 50].Array[n].Array[6]));

    [Fact]
    public void GapPass_Vector_EqualsScalar()
    {
        GapInputs.Sample(a =>
        {
            var (scalarGap, vectorGap) = (new long[a[0].Length], new long[a[0].Length]);
            var (scalar, vector) = (new YearTotals(), new YearTotals());
            GapPass.Scalar(a[0], a[1], a[2], a[3], a[4], a[5], scalarGap, scalar);
            var inBounds = a.All(values => values.All(v => Math.Abs(v) < GapPass.VectorBound));

            // Within the bound the vector pass answers, and the same; beyond it, it declines and the scalar pass answers.
            var answered = GapPass.Vector(a[0], a[1], a[2], a[3], a[4], a[5], vectorGap, vector);
            GapPass.Compute(a[0], a[1], a[2], a[3], a[4], a[5], vectorGap, vector);
            return answered == inBounds && scalarGap.SequenceEqual(vectorGap) && Same(scalar, vector);
        }, iter: 3_000);
    }

    /// <summary>Ranges of every width the histograms use; values inside them, at every bin edge and just outside.</summary>
    [Fact]
    public void VectorBinning_EqualsTheScalarDivision()
    {
        var gen = Gen.Select(Gen.Long[-1_000_000_000_000, 1_000_000_000_000].Array[VectorBinning.Row], Gen.OneOf(Gen.Long[1, 10], Gen.Long[1, 100_000_000]).Array[VectorBinning.Row], Gen.Double[0, 1].Array[VectorBinning.Row], Gen.Int[0, 2]);
        gen.Sample((low, width, where, edge) =>
        {
            var binning = new VectorBinning(low, width);
            var values = new long[VectorBinning.Row];
            for (var s = 0; s < values.Length; s++)
            {
                // A bin edge and the value before it: where a rounded product is most likely one off.
                var bin = Math.Min(GapHistograms.Bins - 1, (long)(where[s] * GapHistograms.Bins));
                values[s] = low[s] + (bin * width[s]) - (edge == 1 && bin > 0 ? 1 : 0) + (edge == 2 ? (long)(where[s] * (width[s] - 1)) : 0);
            }

            var (min, max) = (Enumerable.Repeat(long.MaxValue, VectorBinning.Row).ToArray(), Enumerable.Repeat(long.MinValue, VectorBinning.Row).ToArray());
            var row = new ushort[VectorBinning.Row];
            if (!binning.TryRow(values, 0, row, min, max))
            {
                return false;
            }

            return Enumerable.Range(0, VectorBinning.Row).All(s => row[s] == (values[s] - low[s]) / width[s] && min[s] == values[s] && max[s] == values[s]);
        }, iter: 3_000);
    }

    [Fact]
    public void VectorBinning_LeavesARowWithAValueOutsideItsRangeUntouched()
    {
        var (low, width) = (new long[VectorBinning.Row], Enumerable.Repeat(10L, VectorBinning.Row).ToArray());
        var binning = new VectorBinning(low, width);
        foreach (var outside in new[] { -1L, 10L * GapHistograms.Bins })
        {
            var values = new long[VectorBinning.Row];
            values[17] = outside;
            var (row, min, max) = (new ushort[VectorBinning.Row], new long[VectorBinning.Row], new long[VectorBinning.Row]);

            Assert.False(binning.TryRow(values, 0, row, min, max));
            Assert.All(row, bin => Assert.Equal(0, bin));
            Assert.All(min.Concat(max), value => Assert.Equal(0, value));
        }
    }

    /// <summary>
    /// The guide table's position of a 32-bit value is the one the thresholds ⌊(w₀ + … + wᵢ₋₁)·2³²/W⌋ give, found here by
    /// a binary search computed apart, at every threshold, next to it, and at random values; each share is within 2⁻³².
    /// </summary>
    [Fact]
    public void GuideTable_FindsThePositionTheThresholdsGive()
    {
        var weights = Gen.OneOf(Gen.Long[0, 3], Gen.Long[0, 1_000_000], Gen.Long[0, 10_000_000_000]).Array[1, 400];
        Gen.Select(weights, Gen.UInt.Array[200]).Sample((w, random) =>
        {
            var total = w.Sum();
            if (total == 0)
            {
                return new IntegerGuideTable(w).IsEmpty;
            }

            var thresholds = new ulong[w.Length + 1];
            var cumulative = BigInteger.Zero;
            for (var i = 0; i < w.Length; i++)
            {
                thresholds[i] = (ulong)((cumulative << 32) / total);
                cumulative += w[i];
            }

            thresholds[w.Length] = 1UL << 32;
            var table = new IntegerGuideTable(w);
            var probes = thresholds.SelectMany(t => new[] { t, unchecked(t - 1), t + 1 }).Where(t => t < 1UL << 32).Select(t => (uint)t).Concat(random);
            var positionsRight = probes.All(bits => table.Position(bits) == Owner(thresholds, bits));
            var sharesRight = Enumerable.Range(0, w.Length).All(i =>
                Math.Abs((double)table.Share(i) - (double)((BigInteger)w[i] << 32) / total) < 1 && (w[i] > 0 || table.Share(i) == 0));
            return positionsRight && sharesRight;
        }, iter: 500);
    }

    /// <summary>The last i with thresholds[i] ≤ bits and a share: the position that owns it.</summary>
    private static int Owner(ulong[] thresholds, uint bits)
    {
        int low = 0, high = thresholds.Length - 2;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (thresholds[middle] <= bits)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static bool Same(YearTotals a, YearTotals b) =>
        (a.Shortfall, a.Surplus, a.WithShortfall, a.GapMin, a.GapMax) == (b.Shortfall, b.Surplus, b.WithShortfall, b.GapMin, b.GapMax);
}
