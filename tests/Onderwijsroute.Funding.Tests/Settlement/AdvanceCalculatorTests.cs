using NodaTime;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Tests.Settlement;

public class AdvanceCalculatorTests
{
    private static AdvanceResult Advance(AdvanceRequest request) => Outcome(request).Value;

    private static Validated<AdvanceResult> Outcome(AdvanceRequest request) =>
        AdvanceCalculator.Calculate(ParameterCatalogue.Embedded, ReferenceDataSet.Embedded, request);

    [Fact]
    public void Calculate_2024_DistributesTheWholeBudgetOverAll342Gemeenten()
    {
        var result = Advance(new AdvanceRequest(SchemeIds.EducationRouteGrant, 2024));

        Assert.Equal(342, result.Lines.Count);
        Assert.Equal(Money.FromEuros(15_900_000), result.Lines.Aggregate(Money.Zero, (sum, l) => sum + l.Advance));
        Assert.Equal(Money.Zero, result.Undistributed);
        Assert.Equal(new LocalDate(2023, 1, 1), result.PopulationDate);
        Assert.Equal(ParameterNames.RecipientsMunicipalities, result.Recipients);
        Assert.Equal(17_811_291, result.TotalWeight);
        Assert.All(result.Lines, l => Assert.True(l.Advance.IsWholeEuros));
    }

    [Fact]
    public void Calculate_Amsterdam2024_IsFloorOfItsShareOrOneMore()
    {
        var result = Advance(new AdvanceRequest(SchemeIds.EducationRouteGrant, 2024));
        var amsterdam = result.Lines.Single(l => l.Recipient == MunicipalityCode.Parse("GM0363"));

        // 15,900,000 × 918,117 / 17,811,291 = 819,595.86…: floor 819,595, plus one if among the largest remainders.
        Assert.Equal(918_117, amsterdam.Weight);
        Assert.InRange(amsterdam.Advance.Euros, 819_595m, 819_596m);
    }

    public static TheoryData<string, AdvanceRequest> Refusals => new()
    {
        { "peildatumInwoners", new AdvanceRequest(SchemeIds.EducationRouteGrant, 2024) { PopulationDate = new LocalDate(2024, 7, 1) } },
        { "jaar", new AdvanceRequest(SchemeIds.EducationRouteGrant, 2022) },
        { "jaar", new AdvanceRequest(SchemeIds.EducationRouteGrant, 2026) },
        { "regeling", new AdvanceRequest(SchemeIds.RegularGrant, 2024) },
        { "budget", new AdvanceRequest(SchemeIds.EducationRouteGrant, 2024) { Budget = Money.FromEuros(-1) } },
        { "gewichten", new AdvanceRequest(SchemeIds.EducationRouteGrant, 2024) { RegionWeights = [new RegionWeight(RegionCode.Parse("AM18"), 1)] } },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Calculate_InputItCannotUse_IsRefusedNamingTheField(string field, AdvanceRequest request)
    {
        Assert.Equal(field, Refusal.PathOf(Outcome(request)));
        Assert.Equal(Outcome(request).Errors, AdvanceCalculator.Validate(ParameterCatalogue.Embedded, ReferenceDataSet.Embedded, request));
    }

    [Fact]
    public void Calculate_PeildatumWithoutFiguresAndFallbackAsked_UsesLatestEarlierAndSaysSo()
    {
        var result = Advance(new AdvanceRequest(SchemeIds.EducationRouteGrant, 2024)
        {
            PopulationDate = new LocalDate(2024, 7, 1),
            PopulationDateFallback = PopulationDateFallback.LatestEarlier,
        });

        Assert.Equal(new LocalDate(2024, 1, 1), result.PopulationDate);
        Assert.Contains(result.Explanation.Notes, n => n.Contains("2024-01-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_GivenBudget_IsRecordedAsOverrideAndChangesTheVersion()
    {
        var result = Advance(new AdvanceRequest(SchemeIds.EducationRouteGrant, 2024) { Budget = Money.FromEuros(1_000_000) });

        Assert.Equal(Money.FromEuros(1_000_000), result.Budget);
        Assert.NotEqual(ParameterCatalogue.Embedded.Version, result.Explanation.ParameterVersion);
        Assert.Contains(result.Explanation.Parameters, p => p.Name == "budget" && p.IsOverride && p.Status == ParameterStatus.Assumption);
    }

    [Fact]
    public void Calculate_CentralMunicipalities2023_Gives35CentrumgemeentenTheWhole9Million()
    {
        var result = Advance(new AdvanceRequest(SchemeIds.CentralMunicipalityGrant, 2023));

        Assert.Equal(35, result.Lines.Count);
        Assert.Equal(Money.FromEuros(9_000_000), result.Lines.Aggregate(Money.Zero, (sum, l) => sum + l.Advance));
        Assert.Equal(new LocalDate(2022, 1, 1), result.PopulationDate);
        Assert.Equal(ParameterNames.KeyRegionInhabitants, result.Key);
        Assert.Equal(ParameterNames.RecipientsCentralMunicipalities, result.Recipients);
        Assert.Equal(17_590_672, result.TotalWeight);
    }

    [Fact]
    public void Calculate_CentralMunicipalitiesWithGivenWeights_DistributesByThem()
    {
        RegionWeight[] weights = [new(RegionCode.Parse("AM18"), 31), new(RegionCode.Parse("AM01"), 9)];

        var result = Advance(new AdvanceRequest(SchemeIds.CentralMunicipalityGrant, 2022) { RegionWeights = weights });

        // 15,000,000 × 31/40 = 11,625,000 and × 9/40 = 3,375,000 exactly; the other 33 get nothing.
        Assert.Equal(AdvanceCalculator.GivenWeightsKey, result.Key);
        Assert.Null(result.PopulationDate);
        Assert.Equal(Money.FromEuros(3_375_000), result.Lines.Single(l => l.Region == RegionCode.Parse("AM01")).Advance);
        Assert.Equal(Money.FromEuros(11_625_000), result.Lines.Single(l => l.Region == RegionCode.Parse("AM18")).Advance);
        Assert.Equal(33, result.Lines.Count(l => l.Advance == Money.Zero));
    }

    [Fact]
    public void Calculate_WrongWeights_NamesEachOne()
    {
        RegionWeight[] weights = [new(RegionCode.Parse("AM18"), 1), new(RegionCode.Parse("AM99"), 1), new(RegionCode.Parse("AM18"), -1)];

        var outcome = Outcome(new AdvanceRequest(SchemeIds.CentralMunicipalityGrant, 2022) { RegionWeights = weights });

        Assert.Equal(["gewichten[1].arbeidsmarktregioCode", "gewichten[2].arbeidsmarktregioCode", "gewichten[2].gewicht"], Refusal.PathsOf(outcome));
    }
}
