using NodaTime;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Tests.Forecasts;

public class ForecastCalculatorTests
{
    private static readonly ParameterCatalogue Catalogue = ParameterCatalogue.Embedded;
    private static readonly ReferenceDataSet Data = ReferenceDataSet.Embedded;
    private static readonly MunicipalityCode Groningen = MunicipalityCode.Parse("GM0014");

    private static ForecastResult Calculate(ForecastRequest request) => ForecastCalculator.Calculate(Catalogue, Data, request);

    private static ForecastRequest ForGroningen(int first, int last, params Trajectory[] trajectories) =>
        new(ForecastScope.ForMunicipality(Groningen), first, last) { Trajectories = trajectories };

    private static string FieldOf(ForecastRequest request) => Assert.Throws<CalculationInputException>(() => Calculate(request)).Field;

    [Fact]
    public void Calculate_UnknownGemeente_NamesGemeenteCode()
    {
        Assert.Equal("gemeenteCode", FieldOf(new ForecastRequest(ForecastScope.ForMunicipality(MunicipalityCode.Parse("GM9999")), 2024, 2025)));
    }

    [Fact]
    public void Calculate_UnknownRegion_NamesArbeidsmarktregioCode()
    {
        Assert.Equal("arbeidsmarktregioCode", FieldOf(new ForecastRequest(ForecastScope.ForRegion(RegionCode.Parse("AM99")), 2024, 2025)));
    }

    [Theory]
    [InlineData(2021, 2025, "vanJaar")]
    [InlineData(2025, 2024, "totEnMetJaar")]
    [InlineData(2024, 2031, "totEnMetJaar")]
    public void Calculate_YearsOutsideTheRange_NameTheField(int first, int last, string field)
    {
        Assert.Equal(field, FieldOf(ForGroningen(first, last)));
    }

    [Fact]
    public void Calculate_TrajectoryBeforeTheLaw_NamesItsStartDate()
    {
        Assert.Equal("trajecten[1].startdatum", FieldOf(ForGroningen(2022, 2025, new Trajectory(new LocalDate(2022, 3, 1), EducationLevel.Mbo2, ContractForm.Contracted), new Trajectory(new LocalDate(2021, 12, 31), EducationLevel.Mbo2, ContractForm.Contracted))));
    }

    [Fact]
    public void Calculate_BirthDateAfterStart_NamesIt()
    {
        Assert.Equal("trajecten[0].geboortedatum", FieldOf(ForGroningen(2024, 2025, new Trajectory(new LocalDate(2024, 3, 1), EducationLevel.Mbo2, ContractForm.Contracted) { BirthDate = new LocalDate(2024, 3, 1) })));
    }

    [Fact]
    public void Calculate_NegativeStarters_NamesTheCount()
    {
        var request = new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2025) { Starters = [new StarterGroup(2024, EducationLevel.Mbo3, -1)] };

        Assert.Equal("starters[0].aantal", FieldOf(request));
    }

    [Fact]
    public void Calculate_ParticipantOfAnotherGemeente_NamesItsGemeenteCode()
    {
        Assert.Equal("trajecten[0].gemeenteCode", FieldOf(ForGroningen(2024, 2025, new Trajectory(new LocalDate(2024, 3, 1), EducationLevel.Mbo2, ContractForm.Contracted) { Municipality = MunicipalityCode.Parse("GM0363") })));
    }

    [Fact]
    public void Calculate_NationalCount_BecomesAnOverrideThatChangesTheVersion()
    {
        var plain = Calculate(ForGroningen(2024, 2024));
        var withCount = Calculate(new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2024) { NationalCounts = new Dictionary<int, long> { [2024] = 900 } });

        Assert.Equal(Catalogue.Version, plain.ParameterVersion);
        Assert.NotEqual(plain.ParameterVersion, withCount.ParameterVersion);
        var o = Assert.Single(withCount.Explanation.Overrides);
        Assert.Equal((SchemeIds.ForecastAssumptions, ForecastParameterNames.NationalCount, "900"), (o.SchemeId, o.ParameterName, o.Value));
    }

    [Fact]
    public void Calculate_DefaultPrice_IsExplainedWithItsAssumptions()
    {
        var result = Calculate(ForGroningen(2024, 2025, new Trajectory(new LocalDate(2024, 9, 1), EducationLevel.Mbo2, ContractForm.Contracted)));

        var trajectCosts = result.Years[0].Costs.Single(c => c.Key == CostCategories.Trajectories);
        var price = Assert.Single(trajectCosts.Explanation.Parameters, p => p.Name == ForecastParameterNames.TrajectoryPrice);
        Assert.Equal(ParameterStatus.Assumption, price.Status);
        Assert.Equal("mbo-today-extra-budget", price.MainCitation!.Source.Id);
        Assert.Contains("AEF", price.Reasoning, StringComparison.Ordinal);
        Assert.Contains(trajectCosts.Explanation.Parameters, p => p.Name == ForecastParameterNames.TrajectoryMonths);
    }

    [Fact]
    public void Calculate_Advance_IsTheGemeentesLineOfTheAdvanceCalculation()
    {
        var result = Calculate(ForGroningen(2023, 2025));

        foreach (var year in result.Years)
        {
            var advance = AdvanceCalculator.Calculate(Catalogue, Data, new AdvanceRequest(SchemeIds.EducationRouteGrant, year.Year)).Lines.Single(l => l.Recipient == Groningen).Advance;
            Assert.Equal(advance, year.Settlement!.Advance);
            Assert.Equal(Money.Zero, year.Settlement.Definitive);
            Assert.Equal(-advance, year.Settlement.Difference);
        }
    }

    [Fact]
    public void Calculate_RegionForecast_AddsUpItsMembersAndTheCentrumgemeentesShareOfThe24Million()
    {
        var region = Data.FindRegion(RegionCode.Parse("AM01"))!;
        var trajectories = region.Members.Take(4).SelectMany((m, i) => Enumerable.Range(0, i + 1).Select(k =>
            new Trajectory(new LocalDate(2023, 1 + (3 * k), 1), EducationLevel.Mbo4, ContractForm.Contracted) { Municipality = m })).ToArray();
        var regionResult = Calculate(new ForecastRequest(ForecastScope.ForRegion(region.Code), 2022, 2025) { Trajectories = trajectories });
        var perMember = region.Members.Take(4).Select(m => Calculate(new ForecastRequest(ForecastScope.ForMunicipality(m), 2022, 2025)
        {
            Trajectories = trajectories.Where(t => t.Municipality == m).Select(t => new Trajectory(t.Start, t.Level, t.ContractForm)).ToArray(),
        })).ToArray();

        foreach (var year in regionResult.Years)
        {
            foreach (var scheme in new[] { SchemeIds.RegularGrant, SchemeIds.EducationRouteGrant })
            {
                var sum = perMember.Select(r => r.Years.Single(y => y.Year == year.Year).Income.Single(i => i.Key == scheme).Amount).Aggregate(Money.Zero, (a, b) => a + b);
                Assert.Equal(sum, year.Income.Single(i => i.Key == scheme).Amount);
            }

            Assert.Equal(perMember.Select(r => r.Years.Single(y => y.Year == year.Year).TotalCosts).Aggregate(Money.Zero, (a, b) => a + b), year.TotalCosts);
        }

        var central2023 = AdvanceCalculator.Calculate(Catalogue, Data, new AdvanceRequest(SchemeIds.CentralMunicipalityGrant, 2023)).Lines.Single(l => l.Region == region.Code).Advance;
        Assert.Equal(central2023, regionResult.Years[1].Income.Single(i => i.Key == SchemeIds.CentralMunicipalityGrant).Amount);
        Assert.True(regionResult.Years[0].Income.Single(i => i.Key == SchemeIds.CentralMunicipalityGrant).Amount > Money.Zero);
        Assert.All(perMember, r => Assert.All(r.Years, y => Assert.Equal(Money.Zero, y.Income.Single(i => i.Key == SchemeIds.CentralMunicipalityGrant).Amount)));
    }

    [Fact]
    public void Calculate_WithoutCappedScheme_ClosingCashIsMinusTheCumulativeGap()
    {
        var result = Calculate(ForGroningen(2026, 2030, new Trajectory(new LocalDate(2026, 11, 20), EducationLevel.HboNtg, ContractForm.Custom) { DurationMonths = 30 }));

        Assert.All(result.Years, y => Assert.Equal(-y.CumulativeShortfall, y.Cash.Closing));
        Assert.All(result.Years.Skip(1).Zip(result.Years), p => Assert.Equal(p.Second.Cash.Closing, p.First.Cash.Opening));
    }

    [Fact]
    public void Calculate_CappedYears_CashReceivesTheSettlementInMayOfTheNextYear()
    {
        var result = Calculate(ForGroningen(2024, 2025, new Trajectory(new LocalDate(2024, 2, 1), EducationLevel.Mbo3, ContractForm.Contracted)));

        var settlement2024 = result.Years[0].Settlement!;
        Assert.Equal((2025, 5), (settlement2024.SettlementYear, settlement2024.SettlementMonth));
        Assert.Equal(settlement2024.Difference, result.Years[1].Cash.SettlementReceived);
        Assert.Equal(result.Years[0].Cash.Closing + result.Years[1].Cash.Received - result.Years[1].Cash.Paid, result.Years[1].Cash.Closing);
    }

    [Fact]
    public void Calculate_SameRequestTwice_GivesTheSameFigures()
    {
        var request = ForGroningen(2023, 2027, new Trajectory(new LocalDate(2023, 10, 1), EducationLevel.WoMei, ContractForm.Custom));

        var first = Calculate(request);
        var second = Calculate(request);

        Assert.Equal(first.Years.Select(y => (y.Shortfall, y.Cash.Lowest)), second.Years.Select(y => (y.Shortfall, y.Cash.Lowest)));
        Assert.Equal(first.ParameterVersion, second.ParameterVersion);
    }
}
