using CsCheck;
using Onderwijsroute.Funding.Scenarios;

namespace Onderwijsroute.Funding.Tests.Scenarios;

/// <summary>Selection gives what a full sort puts at the ranks, for any values (many equal, sorted, reversed) and ranks.</summary>
public class OrderStatisticsProperties
{
    private static readonly Gen<long[]> Values = Gen.OneOf(
        Gen.Long[-3, 3].Array[1, 400],
        Gen.Long[long.MinValue, long.MaxValue].Array[1, 400],
        Gen.Long[-1_000_000, 1_000_000].Array[1, 2_000].Select(v => v.Order().ToArray()),
        Gen.Long[-1_000_000, 1_000_000].Array[1, 2_000].Select(v => v.OrderDescending().ToArray()),
        Gen.Const(0L).Array[1, 300]);

    [Fact]
    public void Select_GivesTheSortedValuesAtTheRanks()
    {
        Gen.Select(Values, Gen.Int[0, int.MaxValue].Array[1, 5]).Sample((values, picks) =>
        {
            var ranks = picks.Select(p => p % values.Length).Order().ToArray();
            var sorted = values.Order().ToArray();
            var into = new long[ranks.Length];

            OrderStatistics.Select(values.ToArray().AsSpan(), new long[values.Length], ranks, into);

            return ranks.Select(r => sorted[r]).SequenceEqual(into);
        }, iter: 20_000);
    }

    [Fact]
    public void Select_OfUnsignedKeys_GivesTheSortedValue()
    {
        Gen.Select(Gen.ULong.Array[1, 400], Gen.Int[0, int.MaxValue]).Sample((values, pick) =>
        {
            var rank = pick % values.Length;
            var into = new ulong[1];

            OrderStatistics.Select(values.ToArray().AsSpan(), new ulong[values.Length], [rank], into);

            return into[0] == values.Order().ElementAt(rank);
        }, iter: 10_000);
    }
}
