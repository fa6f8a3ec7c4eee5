using System.Runtime.CompilerServices;

namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Walker's alias method (Vose's construction) in integers only: picks position i with probability wᵢ/W, in constant
/// time, from 32 random bits and no floating point, so a multinomial draw is the same everywhere. The table is built
/// exactly; each 64-bit number of the generator gives two samples (its low half, then its high half). A sample's column
/// and acceptance come from the high and low words of one 32×32-bit product; the acceptance thresholds are rounded
/// down to 32 bits. That moves each column's share by less than 2⁻³¹, so all probabilities together by less than
/// n·2⁻³¹ (about 1.6·10⁻⁷ for 342 gemeenten): far below the Monte Carlo error of 10,000 draws. Until engine 2.1.0 a
/// sample took a whole 64-bit number (bias below n/2⁶⁴); halving the generator's work made the spread about a third
/// cheaper (docs/performance-issue-17.md).
/// </summary>
internal sealed class IntegerAliasTable
{
    /// <summary>Per column: its alias in the high word, its acceptance threshold (a fraction of 2³²) in the low word.</summary>
    private readonly ulong[] _columns;
    private readonly ulong _total;

    public IntegerAliasTable(long[] weights)
    {
        var n = weights.Length;
        var threshold = new long[n];
        var alias = new int[n];
        _columns = new ulong[n];
        long total = 0;
        foreach (var w in weights)
        {
            total = checked(total + w);
        }

        _total = (ulong)total;
        if (total == 0)
        {
            return;
        }

        // Scaled weights qᵢ = wᵢ·n average W; each column i keeps qᵢ of its own and gives W − qᵢ to its alias.
        var scaled = weights.Select(w => checked(w * n)).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = n - 1; i >= 0; i--)
        {
            (scaled[i] < total ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            threshold[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - total;
            (scaled[l] < total ? small : large).Push(l);
        }

        foreach (var i in small.Concat(large))
        {
            threshold[i] = total;
            alias[i] = i;
        }

        // The acceptance threshold as a fraction of 2³²: ⌊threshold · 2³² / W⌋, all of a column kept when it is W. A full
        // column is its own alias, so that a draw of 2³² − 1 (not below the threshold) still keeps it.
        for (var i = 0; i < n; i++)
        {
            var accept = threshold[i] == total ? uint.MaxValue : (uint)(((UInt128)(ulong)threshold[i] << 32) / (ulong)total);
            _columns[i] = ((ulong)(uint)alias[i] << 32) | accept;
        }
    }

    /// <summary>Whether all weights are zero (nothing can be drawn).</summary>
    public bool IsEmpty => _total == 0;

    /// <summary>
    /// Adds <paramref name="draws"/> samples to <paramref name="counts"/> (a multinomial draw): two samples from each
    /// 64-bit number, the low half first; an odd last sample takes the low half of one more number.
    /// </summary>
    public void AddSamples(ref Xoshiro256StarStar random, long draws, long[] counts)
    {
        var local = random;
        var columns = _columns;
        var n = (ulong)columns.Length;
        var i = 0L;
        for (; i + 1 < draws; i += 2)
        {
            var r = local.NextUInt64();
            Add(columns, n, r & uint.MaxValue, counts);
            Add(columns, n, r >> 32, counts);
        }

        if (i < draws)
        {
            Add(columns, n, local.NextUInt64() & uint.MaxValue, counts);
        }

        random = local;
    }

    /// <summary>One sample from 32 random bits (<paramref name="bits"/> below 2³²).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ulong[] columns, ulong n, ulong bits, long[] counts)
    {
        var product = bits * n;
        var column = (int)(product >> 32);
        var entry = columns[column];
        var alias = (int)(entry >> 32);

        // Keep or alias without a branch: with a key as skewed as the inhabitants it would mispredict often.
        var keep = -(unchecked((uint)product) < unchecked((uint)entry) ? 1 : 0);
        counts[alias ^ ((column ^ alias) & keep)]++;
    }
}
