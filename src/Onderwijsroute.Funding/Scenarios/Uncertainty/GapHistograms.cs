using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Streaming quantiles of every gemeente's gap in every year without keeping each draw: one fixed-width histogram
/// per gemeente-year (<see cref="Bins"/> bins of whole cents) whose range comes from a pilot of the first draws, widened
/// by half the pilot's span on both sides. A quantile is the midpoint of its bin, so its error is at most half a bin
/// width (reported). Each thread counts into its own <see cref="HistogramCounts"/>; a percentile adds the threads'
/// counts, and addition does not depend on order, so the result does not depend on scheduling.
/// </summary>
internal sealed class GapHistograms
{
    public const int Bins = 2048;

    /// <summary>Bins added up at once in a walk: one 512-bit vector of 16-bit counts.</summary>
    private const int BlockBins = 32;

    private readonly Range[] _ranges;
    private readonly VectorBinning? _vector;

    /// <param name="pilot">The pilot draws' gaps, draw by draw ([draw][series]).</param>
    /// <param name="pilotDraws">The number of pilot draws, at least one.</param>
    /// <param name="series">The number of gemeente-years.</param>
    public GapHistograms(long[] pilot, int pilotDraws, int series)
    {
        _ranges = new Range[series];
        var (lows, widths) = (new long[series], new long[series]);

        // Draw by draw, so that the pilot is read in the order it is stored (series by series jumped 24 KB each time).
        var (min, max) = (Enumerable.Repeat(long.MaxValue, series).ToArray(), Enumerable.Repeat(long.MinValue, series).ToArray());
        for (var d = 0; d < pilotDraws; d++)
        {
            var draw = pilot.AsSpan(d * series, series);
            for (var s = 0; s < series; s++)
            {
                min[s] = Math.Min(min[s], draw[s]);
                max[s] = Math.Max(max[s], draw[s]);
            }
        }

        for (var s = 0; s < series; s++)
        {
            var span = max[s] - min[s] + 100;
            var width = Math.Max(1, ((2 * span) + Bins - 1) / Bins);
            _ranges[s] = new Range(min[s] - (span / 2), width, new InvariantDivisor(width));
            (lows[s], widths[s]) = (_ranges[s].Low, width);
        }

        _vector = VectorBinning.For(lows, widths);
    }

    public int Series => _ranges.Length;

    public long MaxWidth => _ranges.Max(r => r.Width);

    /// <summary>A series' lowest value and bin width (for tests).</summary>
    internal (long Low, long Width) RangeOf(int series) => (_ranges[series].Low, _ranges[series].Width);

    /// <summary>New, empty counts for one thread.</summary>
    /// <param name="pendingDraws">How many draws it keeps (as bin numbers) before it counts them series by series.</param>
    public HistogramCounts NewCounts(int pendingDraws) => new(this, pendingDraws);

    /// <summary>The nearest-rank percentile estimates of a series, clamped to the exact minimum and maximum seen.</summary>
    /// <param name="threads">Every thread's counts, flushed.</param>
    /// <param name="series">The gemeente-year.</param>
    /// <param name="ranks">Nearest ranks (0-based), ascending.</param>
    /// <param name="into">Receives each estimate, and whether the pilot range was left (its error is then not bounded by the bin width).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Called once per gemeente-year of a run: no slow first tier.
    public void Percentiles(HistogramCounts[] threads, int series, ReadOnlySpan<int> ranks, Span<(long Value, bool OutsideRange)> into)
    {
        long min = long.MaxValue, max = long.MinValue;
        var clamped = 0;
        foreach (var counts in threads)
        {
            min = Math.Min(min, counts.Min(series));
            max = Math.Max(max, counts.Max(series));
            clamped += counts.Clamped[series];
        }

        // An array, not a list: the walk adds the threads' counts of up to 2,048 bins for each of some 3,000 series.
        var range = _ranges[series];
        var first = series * Bins;
        var seen = 0;
        var next = 0;
        for (var bin = 0; bin < Bins && next < ranks.Length; bin++)
        {
            // A whole block of bins at once while the next rank lies beyond it (most of the walk).
            if (bin % BlockBins == 0 && bin + BlockBins <= Bins)
            {
                var block = 0;
                foreach (var counts in threads)
                {
                    block += counts.BlockCount(first + bin);
                }

                if (seen + block < ranks[next] + 1)
                {
                    seen += block;
                    bin += BlockBins - 1;
                    continue;
                }
            }

            for (var k = 0; k < threads.Length; k++)
            {
                seen += threads[k].Count(first + bin);
            }

            while (next < ranks.Length && seen >= ranks[next] + 1)
            {
                var mid = range.Low + (bin * range.Width) + (range.Width / 2);
                into[next++] = (Math.Clamp(mid, min, max), clamped > 0 && (bin == 0 || bin == Bins - 1));
            }
        }

        while (next < ranks.Length)
        {
            into[next++] = (max, false);
        }
    }

    /// <summary>A gemeente-year's histogram: its lowest value and bin width, and the width as a divisor.</summary>
    private readonly record struct Range(long Low, long Width, InvariantDivisor Bin);

    /// <summary>
    /// One thread's counts. A draw's gaps are turned into bin numbers at once and kept; every <c>pendingDraws</c>
    /// draws they are counted series by series, so that each gemeente-year's bins are fetched into the cache once for
    /// many draws rather than once per draw: counting draw by draw spent most of its time waiting for memory. Counts
    /// are 16-bit (half the memory to fetch); before one could pass 65,535 they are added to 32-bit ones.
    /// </summary>
    internal sealed class HistogramCounts
    {
        /// <summary>
        /// Series per tile of the kept draws: a tile holds every kept draw of 32 series, one 64-byte cache line per draw,
        /// so that counting a series reads consecutive lines (reading it across whole draws jumped 6 KB each time, a
        /// new memory page per draw).
        /// </summary>
        private const int TileSeries = VectorBinning.Row;

        private readonly GapHistograms _owner;
        private readonly ushort[] _counts;
        private readonly ushort[] _pending;
        private readonly int _capacity;
        private readonly long[] _min;
        private readonly long[] _max;
        private int[]? _spilled;
        private int _countedSinceSpill;
        private int _rows;

        public HistogramCounts(GapHistograms owner, int pendingDraws)
        {
            _owner = owner;
            var series = owner.Series;
            _counts = HistogramBufferPool.Rent(series * Bins, cleared: true);
            _capacity = Math.Max(1, pendingDraws);
            _pending = HistogramBufferPool.Rent(_capacity * (series + TileSeries - 1) / TileSeries * TileSeries, cleared: false);
            _min = Enumerable.Repeat(long.MaxValue, series).ToArray();
            _max = Enumerable.Repeat(long.MinValue, series).ToArray();

            Clamped = new int[series];
        }

        /// <summary>Gives the large buffers back to the pool; the counts must not be used after this.</summary>
        public void Release()
        {
            HistogramBufferPool.Return(_counts);
            HistogramBufferPool.Return(_pending);
        }

        /// <summary>Values outside the pilot range per series (counted in the outer bins).</summary>
        public int[] Clamped { get; }

        /// <summary>The lowest value of a series.</summary>
        public long Min(int series) => _min[series];

        /// <summary>The highest value of a series.</summary>
        public long Max(int series) => _max[series];

        /// <summary>The count of one bin (index series × <see cref="Bins"/> + bin).</summary>
        public int Count(int index) => _counts[index] + (_spilled is null ? 0 : _spilled[index]);

        /// <summary>The counts of <see cref="BlockBins"/> bins from <paramref name="index"/> together.</summary>
        public int BlockCount(int index)
        {
            var counts = Vector512.Create<ushort>(_counts.AsSpan(index, BlockBins));
            var (lower, upper) = Vector512.Widen(counts);
            var sum = (int)Vector512.Sum(lower + upper);
            if (_spilled is not null)
            {
                foreach (var spilled in _spilled.AsSpan(index, BlockBins))
                {
                    sum += spilled;
                }
            }

            return sum;
        }

        /// <summary>Records one draw: its gap of every series ([year × gemeente]).</summary>
        public void Add(ReadOnlySpan<long> draw)
        {
            Record(draw, 0);
            NextRow();
        }

        /// <summary>Records one draw from the kernel's arrays ([year][gemeente]), without copying them first.</summary>
        public void Add(long[][] years)
        {
            var first = 0;
            foreach (var year in years)
            {
                Record(year, first);
                first += year.Length;
            }

            NextRow();
        }

        /// <summary>Keeps the bin numbers of the series from <paramref name="first"/> on, tile by tile.</summary>
        private void Record(ReadOnlySpan<long> values, int first)
        {
            var ranges = _owner._ranges;
            for (var i = 0; i < values.Length;)
            {
                var start = first + i;
                var lane = start % TileSeries;
                var take = Math.Min(values.Length - i, TileSeries - lane);
                var row = _pending.AsSpan((((start / TileSeries * _capacity) + _rows) * TileSeries) + lane, take);
                if (take == TileSeries && _owner._vector?.TryRow(values.Slice(i, take), start, row, _min, _max) == true)
                {
                    i += take;
                    continue;
                }

                for (var j = 0; j < take; j++)
                {
                    var s = start + j;
                    var value = values[i + j];
                    var range = ranges[s];
                    var offset = value - range.Low;
                    var bin = offset < 0 ? -1 : range.Bin.Divide(offset);
                    if (unchecked((ulong)bin) >= Bins)
                    {
                        Clamped[s]++;
                        bin = Math.Clamp(bin, 0, Bins - 1);
                    }

                    row[j] = (ushort)bin;

                    // After the first draws a new extreme is rare: a branch, taken seldom, is cheaper than writing each time.
                    if (value < _min[s])
                    {
                        _min[s] = value;
                    }

                    if (value > _max[s])
                    {
                        _max[s] = value;
                    }
                }

                i += take;
            }
        }

        private void NextRow()
        {
            if (++_rows == _capacity)
            {
                Flush();
            }
        }

        /// <summary>Counts the kept draws.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Called a few times with millions of steps: no tiering up on the stack.
        public void Flush()
        {
            if (_countedSinceSpill + _rows > ushort.MaxValue)
            {
                _spilled ??= new int[_counts.Length];
                for (var i = 0; i < _counts.Length; i++)
                {
                    _spilled[i] += _counts[i];
                }

                Array.Clear(_counts);
                _countedSinceSpill = 0;
            }

            var series = Clamped.Length;
            for (var s = 0; s < series; s++)
            {
                var bins = _counts.AsSpan(s * Bins, Bins);
                var first = (s / TileSeries * _capacity * TileSeries) + (s % TileSeries);
                for (var d = 0; d < _rows; d++)
                {
                    bins[_pending[first + (d * TileSeries)]]++;
                }
            }

            _countedSinceSpill += _rows;
            _rows = 0;
        }
    }
}
