namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Streaming quantiles of every gemeente's gap in every year without keeping each draw: one fixed-width histogram
/// per gemeente-year (<see cref="Bins"/> bins of whole cents) whose range comes from a pilot of the first draws, widened
/// by half the pilot's span on both sides. A quantile is the midpoint of its bin, so its error is at most half a bin
/// width (reported). Each thread counts into its own <see cref="HistogramCounts"/>; counts are added when the threads
/// have finished, and addition does not depend on order, so the result does not depend on scheduling.
/// </summary>
internal sealed class GapHistograms
{
    public const int Bins = 2048;

    private readonly long[] _low;
    private readonly long[] _width;
    private readonly InvariantDivisor[] _bin;

    /// <param name="pilot">The pilot draws' gaps, draw by draw ([draw][series]).</param>
    /// <param name="pilotDraws">The number of pilot draws, at least one.</param>
    /// <param name="series">The number of gemeente-years.</param>
    public GapHistograms(long[] pilot, int pilotDraws, int series)
    {
        _low = new long[series];
        _width = new long[series];
        _bin = new InvariantDivisor[series];
        for (var s = 0; s < series; s++)
        {
            long min = long.MaxValue, max = long.MinValue;
            for (var d = 0; d < pilotDraws; d++)
            {
                min = Math.Min(min, pilot[(d * series) + s]);
                max = Math.Max(max, pilot[(d * series) + s]);
            }

            var span = max - min + 100;
            _low[s] = min - (span / 2);
            _width[s] = Math.Max(1, ((2 * span) + Bins - 1) / Bins);
            _bin[s] = new InvariantDivisor(_width[s]);
        }
    }

    public int Series => _low.Length;

    public long MaxWidth => _width.Max();

    /// <summary>New, empty counts for one thread.</summary>
    /// <param name="pendingDraws">How many draws it keeps (as bin numbers) before it counts them series by series.</param>
    public HistogramCounts NewCounts(int pendingDraws) => new(this, pendingDraws);

    /// <summary>The nearest-rank percentile estimates of a series, clamped to the exact minimum and maximum seen.</summary>
    /// <param name="counts">The counts of all draws (every thread's merged).</param>
    /// <param name="series">The gemeente-year.</param>
    /// <param name="ranks">Nearest ranks (0-based), ascending.</param>
    /// <param name="into">Receives each estimate, and whether the pilot range was left (its error is then not bounded by the bin width).</param>
    public void Percentiles(HistogramCounts counts, int series, ReadOnlySpan<int> ranks, Span<(long Value, bool OutsideRange)> into)
    {
        var seen = 0;
        var next = 0;
        var width = _width[series];
        for (var bin = 0; bin < Bins && next < ranks.Length; bin++)
        {
            seen += counts.Counts[(series * Bins) + bin];
            while (next < ranks.Length && seen >= ranks[next] + 1)
            {
                var mid = _low[series] + (bin * width) + (width / 2);
                var outside = counts.Clamped[series] > 0 && (bin == 0 || bin == Bins - 1);
                into[next++] = (Math.Clamp(mid, counts.Min[series], counts.Max[series]), outside);
            }
        }

        while (next < ranks.Length)
        {
            into[next++] = (counts.Max[series], false);
        }
    }

    /// <summary>
    /// One thread's counts. A draw's gaps are turned into bin numbers at once and kept; every
    /// <c>pendingDraws</c> draws they are counted series by series, so that each gemeente-year's bins (8 KB) are
    /// fetched into the cache once for many draws rather than once per draw: counting draw by draw spent most of its
    /// time waiting for memory.
    /// </summary>
    internal sealed class HistogramCounts
    {
        private readonly GapHistograms _owner;
        private readonly ushort[] _pending;
        private readonly int _capacity;
        private int _rows;

        public HistogramCounts(GapHistograms owner, int pendingDraws)
        {
            _owner = owner;
            var series = owner.Series;
            Counts = new int[series * Bins];
            Min = Enumerable.Repeat(long.MaxValue, series).ToArray();
            Max = Enumerable.Repeat(long.MinValue, series).ToArray();
            Clamped = new int[series];
            _capacity = Math.Max(1, pendingDraws);
            _pending = new ushort[_capacity * series];
        }

        public int[] Counts { get; }

        public long[] Min { get; }

        public long[] Max { get; }

        public int[] Clamped { get; }

        /// <summary>Records one draw: its gap of every series ([year × gemeente]).</summary>
        public void Add(ReadOnlySpan<long> draw)
        {
            var low = _owner._low;
            var divisors = _owner._bin;
            var row = _pending.AsSpan(_rows * draw.Length, draw.Length);
            for (var s = 0; s < draw.Length; s++)
            {
                var value = draw[s];
                var offset = value - low[s];
                var bin = offset < 0 ? -1 : divisors[s].Divide(offset);
                if (bin < 0 || bin >= Bins)
                {
                    Clamped[s]++;
                    bin = Math.Clamp(bin, 0, Bins - 1);
                }

                row[s] = (ushort)bin;
                Min[s] = Math.Min(Min[s], value);
                Max[s] = Math.Max(Max[s], value);
            }

            if (++_rows == _capacity)
            {
                Flush();
            }
        }

        /// <summary>Counts the kept draws.</summary>
        public void Flush()
        {
            var series = Min.Length;
            var counts = Counts;
            for (var s = 0; s < series; s++)
            {
                var bins = counts.AsSpan(s * Bins, Bins);
                for (var d = 0; d < _rows; d++)
                {
                    bins[_pending[(d * series) + s]]++;
                }
            }

            _rows = 0;
        }

        /// <summary>Adds another thread's counts (both flushed).</summary>
        public void AddFrom(HistogramCounts other)
        {
            for (var i = 0; i < Counts.Length; i++)
            {
                Counts[i] += other.Counts[i];
            }

            for (var s = 0; s < Min.Length; s++)
            {
                Min[s] = Math.Min(Min[s], other.Min[s]);
                Max[s] = Math.Max(Max[s], other.Max[s]);
                Clamped[s] += other.Clamped[s];
            }
        }
    }
}
