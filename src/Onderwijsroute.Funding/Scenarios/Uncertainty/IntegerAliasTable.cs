namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Walker's alias method (Vose's construction) in integers only: picks position i with probability wᵢ/W, in constant
/// time, from one 64-bit uniform and no floating point, so a multinomial draw is the same everywhere. The table is built
/// exactly; the column and the acceptance come from the high and low halves of one 64×64-bit product, which biases
/// the probabilities by less than n/2⁶⁴ (about 10⁻¹⁷ for 342 gemeenten).
/// </summary>
internal sealed class IntegerAliasTable
{
    private readonly long[] _threshold;
    private readonly ulong[] _acceptBelow;
    private readonly int[] _alias;
    private readonly ulong _total;

    public IntegerAliasTable(long[] weights)
    {
        var n = weights.Length;
        _threshold = new long[n];
        _acceptBelow = new ulong[n];
        _alias = new int[n];
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
            _threshold[s] = scaled[s];
            _alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - total;
            (scaled[l] < total ? small : large).Push(l);
        }

        foreach (var i in small.Concat(large))
        {
            _threshold[i] = total;
            _alias[i] = i;
        }

        // The acceptance threshold as a fraction of 2⁶⁴: ⌊threshold · 2⁶⁴ / W⌋, all of a column kept when it is W.
        for (var i = 0; i < n; i++)
        {
            _acceptBelow[i] = _threshold[i] == total ? ulong.MaxValue : (ulong)(((UInt128)(ulong)_threshold[i] << 64) / (ulong)total);
        }
    }

    /// <summary>Whether all weights are zero (nothing can be drawn).</summary>
    public bool IsEmpty => _total == 0;

    public int Sample(ref Xoshiro256StarStar random)
    {
        var column = (int)Math.BigMul(random.NextUInt64(), (ulong)_threshold.Length, out var within);
        return within < _acceptBelow[column] || _acceptBelow[column] == ulong.MaxValue ? column : _alias[column];
    }
}
