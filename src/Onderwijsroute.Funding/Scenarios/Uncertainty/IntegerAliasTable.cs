namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Walker's alias method (Vose's construction) in integers only: picks position i with probability wᵢ/W, in constant
/// time, from one 64-bit uniform and no floating point, so a multinomial draw is the same everywhere. The table is built
/// exactly; the column and the acceptance come from the high and low halves of one 64×64-bit product, which biases
/// the probabilities by less than n/2⁶⁴ (about 10⁻¹⁷ for 342 gemeenten).
/// </summary>
internal sealed class IntegerAliasTable
{
    private readonly Column[] _columns;
    private readonly ulong _total;

    public IntegerAliasTable(long[] weights)
    {
        var n = weights.Length;
        var threshold = new long[n];
        var alias = new int[n];
        _columns = new Column[n];
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

        // The acceptance threshold as a fraction of 2⁶⁴: ⌊threshold · 2⁶⁴ / W⌋, all of a column kept when it is W. A
        // full column is its own alias, so that a draw of 2⁶⁴ − 1 (not below the threshold) still keeps it.
        for (var i = 0; i < n; i++)
        {
            var accept = threshold[i] == total ? ulong.MaxValue : (ulong)(((UInt128)(ulong)threshold[i] << 64) / (ulong)total);
            _columns[i] = new Column(accept, alias[i]);
        }
    }

    /// <summary>Whether all weights are zero (nothing can be drawn).</summary>
    public bool IsEmpty => _total == 0;

    public int Sample(ref Xoshiro256StarStar random)
    {
        var column = (int)Math.BigMul(random.NextUInt64(), (ulong)_columns.Length, out var within);
        var entry = _columns[column];
        return within < entry.AcceptBelow ? column : entry.Alias;
    }

    /// <summary>
    /// Adds <paramref name="draws"/> samples to <paramref name="counts"/> (a multinomial draw): the same samples, in the
    /// same order, as that many calls of <see cref="Sample"/>, with the generator kept in registers.
    /// </summary>
    public void AddSamples(ref Xoshiro256StarStar random, long draws, long[] counts)
    {
        var local = random;
        var columns = _columns;
        var n = (ulong)columns.Length;
        for (var i = 0L; i < draws; i++)
        {
            var column = (int)Math.BigMul(local.NextUInt64(), n, out var within);
            var entry = columns[column];

            // Keep or alias without a branch: with a key as skewed as the inhabitants it would mispredict often.
            var keep = -(within < entry.AcceptBelow ? 1 : 0);
            counts[entry.Alias ^ ((column ^ entry.Alias) & keep)]++;
        }

        random = local;
    }

    /// <summary>One column: keep it when the low word is below <see cref="AcceptBelow"/>, else take <see cref="Alias"/>.</summary>
    private readonly record struct Column(ulong AcceptBelow, int Alias);
}
