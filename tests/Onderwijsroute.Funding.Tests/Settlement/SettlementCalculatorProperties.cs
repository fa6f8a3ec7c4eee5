using System.Numerics;
using CsCheck;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Tests.Settlement;

/// <summary>
/// A national settlement (every gemeente, in any order) against the rule of docs/domain.md §4.2 written as plainly as
/// possible: BigInteger products, a full sort of the remainders, ties to the lower code.
/// </summary>
public class SettlementCalculatorProperties
{
    private static readonly ReferenceDataSet Data = ReferenceDataSet.Embedded;

    /// <summary>
    /// A budget up to €10 billion and a count for every gemeente: small (many equal remainders), realistic, or up to
    /// 10¹⁰ so that budget × total count passes 2⁶⁴ and the products are taken in 128 bits.
    /// </summary>
    private static readonly Gen<(long Budget, long[] Counts, int Seed)> Inputs =
        Gen.Select(
            Gen.OneOf(Gen.Long[0, 1_000], Gen.Long[0, 100_000_000], Gen.Long[0, 10_000_000_000]),
            Gen.OneOf(Gen.Long[0, 3], Gen.Long[0, 60], Gen.Long[0, 10_000_000_000]).Array[Data.Municipalities.Count],
            Gen.Int);

    [Fact]
    public void DefinitiveAmounts_EqualANaiveReferenceOfTheRule_InAnyInputOrder()
    {
        Inputs.Sample(input =>
        {
            var codes = Data.Municipalities.Select(m => m.Code).ToArray();
            var counts = codes.Select((code, i) => new MunicipalityCount(code, input.Counts[i])).ToArray();
            new Random(input.Seed).Shuffle(counts);
            var advances = codes.Select(code => new MunicipalityAmount(code, Money.FromEuros(1))).ToArray();
            var result = SettlementCalculator.Calculate(ParameterCatalogue.Embedded, Data, new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, counts)
            {
                Budget = Money.FromEuros(input.Budget),
                Advances = advances,
            }).Value;

            var expected = NaiveDistribution(input.Budget, input.Counts);
            return result.Lines.Select(l => l.Definitive.Euros).SequenceEqual(expected.Select(e => (decimal)e))
                && result.Lines.Select(l => l.Count).SequenceEqual(input.Counts)
                && result.TotalCount == input.Counts.Sum()
                && result.TotalDefinitive + result.Undistributed == Money.FromEuros(input.Budget);
        }, iter: 300);
    }

    /// <summary>docs/domain.md §4.2 for weights in code order (the order of the reference data), in euros.</summary>
    private static long[] NaiveDistribution(long budget, long[] weights)
    {
        var total = new BigInteger(weights.Sum());
        var amounts = new long[weights.Length];
        if (total.IsZero)
        {
            return amounts;
        }

        var products = weights.Select(w => new BigInteger(budget) * w).ToArray();
        for (var i = 0; i < weights.Length; i++)
        {
            amounts[i] = (long)(products[i] / total);
        }

        var leftover = budget - amounts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => products[i] % total).ThenBy(i => i).Take((int)leftover))
        {
            amounts[i]++;
        }

        return amounts;
    }
}
