using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// cost − income per gemeente and a year's gap statistics (the sums of the gaps and of the surpluses, how many gemeenten
/// have a gap, the smallest and largest gap) in one pass. Eight gemeenten at a time with 512-bit integer vectors where
/// the machine has them, one at a time otherwise: the same integers either way, because both add the same numbers
/// (addition of integers does not depend on order) and the vector pass runs only where no sum can overflow.
/// </summary>
internal static class GapPass
{
    /// <summary>
    /// Inputs whose magnitude is below this (about €11 billion in cents, far above any real amount of one gemeente in
    /// one year) cannot overflow a sum of six of them or of a year's gaps of 32,767 gemeenten, so the vector pass needs
    /// no overflow checks; larger ones (extreme inputs the bounds still accept) take the scalar pass, whose checked
    /// arithmetic fails as before.
    /// </summary>
    internal const long VectorBound = 1L << 40;

    /// <summary>Fills <paramref name="gap"/> and the gap statistics of <paramref name="totals"/>.</summary>
    public static void Compute(long[] cost, long[] regular, long[] supplement, long[] grant, long[] pot, long[] fixedIncome, long[] gap, YearTotals totals)
    {
        if (!(Vector512.IsHardwareAccelerated && gap.Length < short.MaxValue && Vector(cost, regular, supplement, grant, pot, fixedIncome, gap, totals)))
        {
            Scalar(cost, regular, supplement, grant, pot, fixedIncome, gap, totals);
        }
    }

    /// <summary>One gemeente at a time, with checked arithmetic.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Scalar(long[] cost, long[] regular, long[] supplement, long[] grant, long[] pot, long[] fixedIncome, long[] gap, YearTotals totals)
    {
        var (shortfall, surplus, withShortfall, min, max) = Range(cost, regular, supplement, grant, pot, fixedIncome, gap, 0);
        Store(totals, shortfall, surplus, withShortfall, min, max);
    }

    /// <summary>Eight gemeenten at a time; false (nothing written to the totals) when an input is too large for it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool Vector(long[] cost, long[] regular, long[] supplement, long[] grant, long[] pot, long[] fixedIncome, long[] gap, YearTotals totals)
    {
        var n = gap.Length;
        if (cost.Length < n || regular.Length < n || supplement.Length < n || grant.Length < n || pot.Length < n || fixedIncome.Length < n)
        {
            throw new ArgumentException("Every input needs a value per gemeente.", nameof(gap));
        }

        // |x| < bound as one unsigned comparison (see Within); or-ed over the inputs, any lane out of it shows.
        var bound = Vector512.Create(VectorBound - 1);
        var outside = Vector512<ulong>.Zero;
        var (shortfall, surplus, withShortfall) = (Vector512<long>.Zero, Vector512<long>.Zero, Vector512<long>.Zero);
        var (min, max) = (Vector512.Create(long.MaxValue), Vector512.Create(long.MinValue));
        var g = 0;
        unchecked
        {
            for (; g <= n - Vector512<long>.Count; g += Vector512<long>.Count)
            {
                var c = Vector512.Create<long>(cost.AsSpan(g));
                var r = Vector512.Create<long>(regular.AsSpan(g));
                var s = Vector512.Create<long>(supplement.AsSpan(g));
                var a = Vector512.Create<long>(grant.AsSpan(g));
                var p = Vector512.Create<long>(pot.AsSpan(g));
                var f = Vector512.Create<long>(fixedIncome.AsSpan(g));
                outside |= Outside(c, bound) | Outside(r, bound) | Outside(s, bound) | Outside(a, bound) | Outside(p, bound) | Outside(f, bound);
                var value = c - (r + s + a + p + f);
                value.CopyTo(gap, g);
                var positive = Vector512.Max(value, Vector512<long>.Zero);
                shortfall += positive;
                surplus += positive - value;
                withShortfall -= Vector512.GreaterThan(value, Vector512<long>.Zero); // all ones, −1, where true
                min = Vector512.Min(min, value);
                max = Vector512.Max(max, value);
            }
        }

        for (var i = g; i < n; i++)
        {
            if (!Within(cost[i]) || !Within(regular[i]) || !Within(supplement[i]) || !Within(grant[i]) || !Within(pot[i]) || !Within(fixedIncome[i]))
            {
                return false;
            }
        }

        if (outside != Vector512<ulong>.Zero)
        {
            return false;
        }

        var rest = Range(cost, regular, supplement, grant, pot, fixedIncome, gap, g);
        Store(
            totals,
            Vector512.Sum(shortfall) + rest.Shortfall,
            Vector512.Sum(surplus) + rest.Surplus,
            Vector512.Sum(withShortfall) + rest.WithShortfall,
            Math.Min(Min(min), rest.Min),
            Math.Max(Max(max), rest.Max));
        return true;
    }

    /// <summary>|x| &lt; <see cref="VectorBound"/>: x + (bound − 1) is at most 2·(bound − 1) as an unsigned number exactly then.</summary>
    private static bool Within(long x) => unchecked((ulong)(x + (VectorBound - 1))) <= 2 * (ulong)(VectorBound - 1);

    /// <summary>
    /// The gaps and their statistics of gemeenten <paramref name="from"/> on. Without branches: whether a gemeente has a
    /// gap changes from draw to draw, and a branch on it mispredicts.
    /// </summary>
    private static (long Shortfall, long Surplus, long WithShortfall, long Min, long Max) Range(long[] cost, long[] regular, long[] supplement, long[] grant, long[] pot, long[] fixedIncome, long[] gap, int from)
    {
        long shortfall = 0, surplus = 0, withShortfall = 0, min = long.MaxValue, max = long.MinValue;
        for (var g = from; g < gap.Length; g++)
        {
            var value = cost[g] - (regular[g] + supplement[g] + grant[g] + pot[g] + fixedIncome[g]);
            gap[g] = value;

            // value if positive, else 0: the sign bit spread over the word masks it out.
            var positive = value & ~(value >> 63);
            shortfall += positive;
            surplus += positive - value;
            withShortfall += value > 0 ? 1 : 0;
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        return (shortfall, surplus, withShortfall, min, max);
    }

    /// <summary>All ones in the lanes where |x| ≥ <see cref="VectorBound"/> (<paramref name="limit"/> is the bound − 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Outside(Vector512<long> x, Vector512<long> limit) =>
        Vector512.GreaterThan((x + limit).AsUInt64(), (limit + limit).AsUInt64());

    private static long Min(Vector512<long> v)
    {
        var result = long.MaxValue;
        for (var i = 0; i < Vector512<long>.Count; i++)
        {
            result = Math.Min(result, v[i]);
        }

        return result;
    }

    private static long Max(Vector512<long> v)
    {
        var result = long.MinValue;
        for (var i = 0; i < Vector512<long>.Count; i++)
        {
            result = Math.Max(result, v[i]);
        }

        return result;
    }

    private static void Store(YearTotals totals, long shortfall, long surplus, long withShortfall, long min, long max)
    {
        totals.Shortfall = shortfall;
        totals.Surplus = surplus;
        totals.WithShortfall = withShortfall;
        totals.GapMin = min;
        totals.GapMax = max;
    }
}
