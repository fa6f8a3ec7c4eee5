using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Tests.Scenarios.Uncertainty;

/// <summary>The histogram percentiles are the midpoints of the bins that hold the nearest-rank values, clamped to what was seen.</summary>
public class GapHistogramsTests
{
    /// <summary>
    /// Two threads' counts of two series, with more draws than 16-bit counts hold (so the counts spill into 32-bit ones)
    /// or fewer; the walk, which adds 32 bins at a time, finds the bin a sort of all values gives.
    /// </summary>
    [Theory]
    [InlineData(3_000, 11)]
    [InlineData(140_000, 29)]
    public void Percentiles_AreTheBinsOfTheNearestRankValues(int draws, int seed)
    {
        const int Series = 2;
        // Values beyond the pilot's range too, which the outer bins take (and the percentiles stay clamped to what was seen).
        var random = new Random(seed);
        var values = Enumerable.Range(0, draws).Select(d => Enumerable.Range(0, Series).Select(s => random.NextInt64(-50_000, 50_000) * (d < 100 ? 1 : 1 + s)).ToArray()).ToArray();
        var pilot = values.Take(100).SelectMany(v => v).ToArray();
        var histograms = new GapHistograms(pilot, 100, Series);
        var threads = new[] { histograms.NewCounts(2_048), histograms.NewCounts(2_048) };
        for (var d = 0; d < draws; d++)
        {
            threads[d % 2].Add(values[d]);
        }

        foreach (var thread in threads)
        {
            thread.Flush();
        }

        int[] ranks = [(5 * draws / 100) - 1, (50 * draws / 100) - 1, (95 * draws / 100) - 1];
        var estimates = new (long Value, bool OutsideRange)[ranks.Length];
        for (var s = 0; s < Series; s++)
        {
            histograms.Percentiles(threads, s, ranks, estimates);
            var sorted = values.Select(v => v[s]).Order().ToArray();
            var (low, width) = histograms.RangeOf(s);
            for (var i = 0; i < ranks.Length; i++)
            {
                var bin = Math.Clamp((sorted[ranks[i]] - low) / width, 0, GapHistograms.Bins - 1);
                var expected = Math.Clamp(low + (bin * width) + (width / 2), sorted[0], sorted[^1]);
                Assert.Equal(expected, estimates[i].Value);
            }
        }
    }

    /// <summary>The nearest-rank value is the last counted one of a block of 32 bins: the walk stops in that block.</summary>
    [Fact]
    public void Percentile_AtTheLastBinOfABlock_IsFound()
    {
        var histograms = new GapHistograms([0, 100_000], 2, 1);
        var (low, width) = histograms.RangeOf(0);
        var (inBin63, inBin1000) = (low + (63 * width), low + (1_000 * width));
        var counts = histograms.NewCounts(64);
        for (var d = 0; d < 100; d++)
        {
            counts.Add([d < 40 ? inBin63 : inBin1000]);
        }

        counts.Flush();
        var estimates = new (long Value, bool OutsideRange)[1];

        // Rank 39 (0-based) is the 40th value, the last in bin 63, the last bin of the second block.
        histograms.Percentiles([counts], 0, [39], estimates);
        Assert.Equal(inBin63 + (width / 2), estimates[0].Value);
    }

    /// <summary>A kept buffer comes back cleared when the counts need zeros, and one of another length is never given.</summary>
    [Fact]
    public void BufferPool_ClearsAKeptBufferForCounts()
    {
        const int Length = 12_345;
        var buffer = HistogramBufferPool.Rent(Length, cleared: true);
        Array.Fill(buffer, (ushort)7);
        HistogramBufferPool.Return(buffer);

        var again = HistogramBufferPool.Rent(Length, cleared: true);
        Assert.All(again, value => Assert.Equal(0, value));
        Assert.Equal(Length + 1, HistogramBufferPool.Rent(Length + 1, cleared: false).Length);
    }
}
