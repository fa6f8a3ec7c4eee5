using CsCheck;
using NodaTime;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Tests.Settlement;

public class SettlementCalculatorTests
{
    private static readonly ReferenceDataSet Data = ReferenceDataSet.Embedded;

    private static SettlementResult Settle(SettlementRequest request) => Outcome(request).Value;

    private static Validated<SettlementResult> Outcome(SettlementRequest request) => SettlementCalculator.Calculate(ParameterCatalogue.Embedded, Data, request);

    private static MunicipalityCount Count(string code, long count) => new(MunicipalityCode.Parse(code), count);

    [Fact]
    public void Calculate_WithoutGivenAdvances_UsesTheAdvanceRule()
    {
        var result = Settle(new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, [Count("GM0363", 40), Count("GM0014", 12)]));
        var advances = AdvanceCalculator.Calculate(ParameterCatalogue.Embedded, Data, new AdvanceRequest(SchemeIds.EducationRouteGrant, 2024)).Value;

        Assert.True(result.AdvancesComputed);
        Assert.Equal(advances.Lines.Select(l => l.Advance), result.Lines.Select(l => l.Advance));
        Assert.Equal(Money.FromEuros(15_900_000), result.TotalAdvance);
        Assert.Equal(Money.FromEuros(15_900_000), result.TotalDefinitive);
        Assert.Equal(Money.Zero, result.TotalDifference);
        Assert.Equal(new LocalDate(2023, 1, 1), result.PopulationDate);
        Assert.Contains(result.Explanation.Dates, d => d.Name == "peildatumInwoners" && d.Date == new LocalDate(2023, 1, 1));
        Assert.Contains(result.Explanation.Dates, d => d.Name == "peildatumTelling" && d.Date == new LocalDate(2024, 12, 31));
    }

    [Fact]
    public void Calculate_52People_GivesAmountPerPersonInCents()
    {
        var result = Settle(new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, [Count("GM0363", 40), Count("GM0014", 12)]));

        // 15,900,000 / 52 = 305,769.230… → 305,769.23; Amsterdam 40/52 → 12,230,769.23… → floor 12,230,769 (+1?).
        Assert.Equal(52, result.TotalCount);
        Assert.Equal(Money.FromEuros(305_769.23m), result.AmountPerPerson);
        var amsterdam = result.Lines.Single(l => l.Municipality == MunicipalityCode.Parse("GM0363"));
        Assert.Equal(12_230_769m, amsterdam.Definitive.Euros);
        Assert.Equal(amsterdam.Definitive - amsterdam.Advance, amsterdam.Difference);
    }

    [Fact]
    public void Calculate_EveryLineIsAGemeenteOfTheYearInCodeOrder()
    {
        var result = Settle(new SettlementRequest(SchemeIds.EducationRouteGrant, 2023, []));

        Assert.Equal(Data.Municipalities.Select(m => m.Code), result.Lines.Select(l => l.Municipality));
    }

    public static TheoryData<string, SettlementRequest> Refusals => new()
    {
        { "aantallen[1].gemeenteCode", new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, [Count("GM0014", 1), Count("GM0457", 1)]) },
        { "voorschotten[0].bedrag", new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, []) { Advances = [new MunicipalityAmount(MunicipalityCode.Parse("GM0014"), Money.FromEuros(-1))] } },
        { "regeling", new SettlementRequest(SchemeIds.CentralMunicipalityGrant, 2023, []) },
        { "regeling", new SettlementRequest("spuk-onbekend", 2024, []) },
        { "budget", new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, []) { Budget = Money.FromCents(150) } },
        { "peildatumInwoners", new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, []) { PopulationDate = new LocalDate(2024, 7, 1) } },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Calculate_InputItCannotUse_IsRefusedNamingTheField(string field, SettlementRequest request)
    {
        Assert.Equal(field, Refusal.PathOf(Outcome(request)));
    }

    [Fact]
    public void Calculate_ManyWrongInputs_NamesEveryOneAndTheFirstOfADuplicate()
    {
        var request = new SettlementRequest(SchemeIds.EducationRouteGrant, 2030, [Count("GM0363", -1), Count("GM0363", 2), null, Count("GM9999", 2)])
        {
            Budget = Money.FromEuros(-1),
            Advances = [new MunicipalityAmount(MunicipalityCode.Parse("GM0014"), Money.FromEuros(1)), new MunicipalityAmount(MunicipalityCode.Parse("GM0014"), Money.FromEuros(-2))],
        };

        var outcome = Outcome(request);

        Assert.Equal(
            ["budget", "jaar", "aantallen[0].aantal", "aantallen[1].gemeenteCode", "aantallen[3].gemeenteCode", "voorschotten[1].gemeenteCode", "voorschotten[1].bedrag"],
            Refusal.PathsOf(outcome));
        Assert.Contains("aantallen[0]", outcome.Errors.Single(e => e.Path == "aantallen[1].gemeenteCode").Message, StringComparison.Ordinal);
        Assert.Equal(outcome.Errors, SettlementCalculator.Validate(ParameterCatalogue.Embedded, Data, request));
    }

    [Fact]
    public void Calculate_GivenAdvances_HasNoPopulationDate()
    {
        var result = Settle(new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, [Count("GM0363", 1)]) { Advances = [] });

        Assert.False(result.AdvancesComputed);
        Assert.Null(result.PopulationDate);
    }

    [Fact]
    public void Explanation_ListsBudgetKeyAndRoundingWithStatusAndSource()
    {
        var result = Settle(new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, [Count("GM0363", 1)]));

        Assert.Equal(ParameterCatalogue.Embedded.Version, result.Explanation.ParameterVersion);
        foreach (var name in new[] { "budget", "afrondingseenheid", "verdeelsleutel-vaststelling", "verdeelsleutel-voorschot", "peildatum-inwoners-jaren-terug" })
        {
            var used = Assert.Single(result.Explanation.Parameters, p => p.Name == name);
            Assert.NotEmpty(used.Citations);
        }

        Assert.Contains(result.Explanation.Counts, c => c.Name == "totaalAantal" && c.Value == 1);
    }

    [Fact]
    public void Property_DefinitiveAmountsAddUpToTheBudget_AndInputOrderDoesNotMatter()
    {
        var codes = Data.Municipalities.Select(m => m.Code).ToArray();
        var gen = Gen.Select(Gen.Int[0, codes.Length - 1].Array[0, 60], Gen.Long[0, 500], Gen.Long[0, 100_000_000], Gen.Int);
        gen.Sample((indices, count, budget, seed) =>
        {
            var counts = indices.Distinct().Select((i, k) => new MunicipalityCount(codes[i], (count + k) % 501)).ToArray();
            var shuffled = (MunicipalityCount[])counts.Clone();
            new Random(seed).Shuffle(shuffled);
            var advances = counts.Select(c => new MunicipalityAmount(c.Municipality, Money.FromEuros(c.Count * 10))).ToArray();
            var a = Settle(new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, counts) { Budget = Money.FromEuros(budget), Advances = advances });
            var b = Settle(new SettlementRequest(SchemeIds.EducationRouteGrant, 2024, shuffled) { Budget = Money.FromEuros(budget), Advances = advances.Reverse().ToArray() });
            var total = counts.Sum(c => c.Count);
            return a.TotalDefinitive + a.Undistributed == Money.FromEuros(budget)
                && (total == 0 ? a.TotalDefinitive == Money.Zero : a.Undistributed == Money.Zero)
                && a.Lines.SequenceEqual(b.Lines)
                && a.Lines.All(l => l.Definitive >= Money.Zero);
        }, iter: 300);
    }
}
