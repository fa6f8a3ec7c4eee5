namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Walker's alias method (Vose's construction) in integers only: picks position i with probability wᵢ/W exactly,
/// in constant time, with two uniform integers and no floating point, so a multinomial draw is the same everywhere.
/// </summary>
internal sealed class IntegerAliasTable
{
    private readonly long[] _threshold;
    private readonly int[] _alias;
    private readonly ulong _total;

    public IntegerAliasTable(long[] weights)
    {
        var n = weights.Length;
        _threshold = new long[n];
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
    }

    /// <summary>Whether all weights are zero (nothing can be drawn).</summary>
    public bool IsEmpty => _total == 0;

    public int Sample(ref Xoshiro256StarStar random)
    {
        var column = (int)random.NextBelow((ulong)_threshold.Length);
        return random.NextBelow(_total) < (ulong)_threshold[column] ? column : _alias[column];
    }
}
