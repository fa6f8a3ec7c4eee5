namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Streaming quantiles of every gemeente's gap in every year without keeping each draw: one fixed-width histogram
/// per gemeente-year (<see cref="Bins"/> bins of whole cents) whose range comes from a pilot of the first draws, widened
/// by the pilot's own span on both sides. A quantile is the midpoint of its bin, so its error is at most half a bin
/// width (reported); counts add up, so the order in which threads add draws does not matter.
/// </summary>
internal sealed class GapHistograms
{
    public const int Bins = 2048;

    private readonly long[] _low;
    private readonly long[] _width;
    private readonly int[] _counts;
    private readonly long[] _min;
    private readonly long[] _max;
    private readonly int[] _clamped;

    /// <param name="pilot">Pilot values per series [series][draw].</param>
    public GapHistograms(long[][] pilot)
    {
        var series = pilot.Length;
        _low = new long[series];
        _width = new long[series];
        _counts = new int[series * Bins];
        _min = Enumerable.Repeat(long.MaxValue, series).ToArray();
        _max = Enumerable.Repeat(long.MinValue, series).ToArray();
        _clamped = new int[series];
        for (var s = 0; s < series; s++)
        {
            var min = pilot[s].Min();
            var max = pilot[s].Max();
            var span = max - min + 100;
            _low[s] = min - span;
            _width[s] = Math.Max(1, ((3 * span) + Bins - 1) / Bins);
        }
    }

    public long MaxWidth => _width.Max();

    public void Add(int series, long value)
    {
        var bin = (value - _low[series]) / _width[series];
        if (bin < 0 || bin >= Bins || value < _low[series])
        {
            Interlocked.Increment(ref _clamped[series]);
            bin = Math.Clamp(bin, 0, Bins - 1);
        }

        Interlocked.Increment(ref _counts[(series * Bins) + bin]);
        InterlockedMin(ref _min[series], value);
        InterlockedMax(ref _max[series], value);
    }

    /// <summary>The nearest-rank percentile estimate of a series, clamped to the exact minimum and maximum seen.</summary>
    /// <returns>The estimate, and whether the pilot range was left (its error is then not bounded by the bin width).</returns>
    public (long Value, bool OutsideRange) Percentile(int series, int percent, int draws)
    {
        var rank = ScenarioFigures.NearestRank(percent, draws) + 1;
        var seen = 0;
        for (var bin = 0; bin < Bins; bin++)
        {
            seen += _counts[(series * Bins) + bin];
            if (seen >= rank)
            {
                var mid = _low[series] + (bin * _width[series]) + (_width[series] / 2);
                var outside = _clamped[series] > 0 && (bin == 0 || bin == Bins - 1);
                return (Math.Clamp(mid, _min[series], _max[series]), outside);
            }
        }

        return (_max[series], false);
    }

    private static void InterlockedMin(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
