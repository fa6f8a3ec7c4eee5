namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Streaming quantiles of every gemeente's gap in every year without keeping each draw: one fixed-width histogram
/// per gemeente-year (<see cref="Bins"/> bins of whole cents) whose range comes from a pilot of the first draws, widened
/// by half the pilot's span on both sides. A quantile is the midpoint of its bin, so its error is at most half a bin
/// width (reported). Each thread counts into its own <see cref="HistogramCounts"/>; counts are added when a thread
/// finishes, and addition does not depend on order, so the result does not depend on scheduling.
/// </summary>
internal sealed class GapHistograms
{
    public const int Bins = 2048;

    private readonly long[] _low;
    private readonly long[] _width;
    private readonly HistogramCounts _total;
    private readonly Lock _merge = new();

    /// <param name="pilot">Pilot values per series [series][draw].</param>
    public GapHistograms(long[][] pilot)
    {
        var series = pilot.Length;
        _low = new long[series];
        _width = new long[series];
        for (var s = 0; s < series; s++)
        {
            var min = pilot[s].Min();
            var max = pilot[s].Max();
            var span = max - min + 100;
            _low[s] = min - (span / 2);
            _width[s] = Math.Max(1, ((2 * span) + Bins - 1) / Bins);
        }

        _total = NewCounts();
    }

    public long MaxWidth => _width.Max();

    public HistogramCounts NewCounts() => new(this, _low.Length);

    public void Merge(HistogramCounts counts)
    {
        lock (_merge)
        {
            _total.AddFrom(counts);
        }
    }

    /// <summary>The nearest-rank percentile estimate of a series, clamped to the exact minimum and maximum seen.</summary>
    /// <returns>The estimate, and whether the pilot range was left (its error is then not bounded by the bin width).</returns>
    public (long Value, bool OutsideRange) Percentile(int series, int percent, int draws)
    {
        var rank = ScenarioFigures.NearestRank(percent, draws) + 1;
        var seen = 0;
        for (var bin = 0; bin < Bins; bin++)
        {
            seen += _total.Counts[(series * Bins) + bin];
            if (seen >= rank)
            {
                var mid = _low[series] + (bin * _width[series]) + (_width[series] / 2);
                var outside = _total.Clamped[series] > 0 && (bin == 0 || bin == Bins - 1);
                return (Math.Clamp(mid, _total.Min[series], _total.Max[series]), outside);
            }
        }

        return (_total.Max[series], false);
    }

    /// <summary>One thread's counts.</summary>
    internal sealed class HistogramCounts
    {
        private readonly GapHistograms _owner;

        public HistogramCounts(GapHistograms owner, int series)
        {
            _owner = owner;
            Counts = new int[series * Bins];
            Min = Enumerable.Repeat(long.MaxValue, series).ToArray();
            Max = Enumerable.Repeat(long.MinValue, series).ToArray();
            Clamped = new int[series];
        }

        public int[] Counts { get; }

        public long[] Min { get; }

        public long[] Max { get; }

        public int[] Clamped { get; }

        public void Add(int series, long value)
        {
            var offset = value - _owner._low[series];
            var bin = offset < 0 ? -1 : offset / _owner._width[series];
            if (bin < 0 || bin >= Bins)
            {
                Clamped[series]++;
                bin = Math.Clamp(bin, 0, Bins - 1);
            }

            Counts[(series * Bins) + (int)bin]++;
            if (value < Min[series])
            {
                Min[series] = value;
            }

            if (value > Max[series])
            {
                Max[series] = value;
            }
        }

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
