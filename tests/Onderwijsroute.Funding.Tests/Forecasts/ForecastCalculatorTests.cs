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

    private static ForecastResult Calculate(ForecastRequest request) => ForecastCalculator.Calculate(Catalogue, Data, request).Value;

    /// <summary>Groningen with these trajecten; with none, zero starters, so that the forecast does not start from the starting point.</summary>
    private static ForecastRequest ForGroningen(int first, int last, params Trajectory[] trajectories) =>
        new(ForecastScope.ForMunicipality(Groningen), first, last) { Trajectories = trajectories, Starters = trajectories.Length == 0 ? [new StarterGroup(Math.Min(Math.Max(first, 2022), last), EducationLevel.Mbo2, 0)] : [] };

    private static Trajectory Mbo2(LocalDate start) => new(start, EducationLevel.Mbo2, ContractForm.Contracted);

    public static TheoryData<string, ForecastRequest> Refusals => new()
    {
        { "gemeenteCode", new ForecastRequest(ForecastScope.ForMunicipality(MunicipalityCode.Parse("GM9999")), 2024, 2025) },
        { "arbeidsmarktregioCode", new ForecastRequest(ForecastScope.ForRegion(RegionCode.Parse("AM99")), 2024, 2025) },
        { "vanJaar", ForGroningen(2021, 2025) },
        { "totEnMetJaar", ForGroningen(2025, 2024) },
        { "totEnMetJaar", ForGroningen(2024, 2031) },
        { "trajecten[1].startdatum", ForGroningen(2022, 2025, Mbo2(new LocalDate(2022, 3, 1)), Mbo2(new LocalDate(2021, 12, 31))) },
        { "trajecten[0].geboortedatum", ForGroningen(2024, 2025, new Trajectory(new LocalDate(2024, 3, 1), EducationLevel.Mbo2, ContractForm.Contracted) { BirthDate = new LocalDate(2024, 3, 1) }) },
        { "trajecten[0].gemeenteCode", ForGroningen(2024, 2025, new Trajectory(new LocalDate(2024, 3, 1), EducationLevel.Mbo2, ContractForm.Contracted) { Municipality = MunicipalityCode.Parse("GM0363") }) },
        { "starters[0].aantal", new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2025) { Starters = [new StarterGroup(2024, EducationLevel.Mbo3, -1)] } },
        { "overbruggingskosten[1].jaar", new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2025) { BridgingCosts = [new YearAmount(2024, Money.FromEuros(1)), new YearAmount(2024, Money.FromEuros(2))] } },
        { "landelijkAantal[0].aantal", new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2025) { NationalCounts = [new YearCount(2024, 0)] } },
        { "overschrijvingen[0].parameter", new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2025) { Overrides = [ParameterOverride.ForYear(SchemeIds.ForecastAssumptions, "bestaat-niet", 2024, "1", "test")] } },
        { "overschrijvingen", new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2025) { Overrides = [ParameterOverride.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.PaymentTerms, 2024, "5", "test")] } },
        { "overschrijvingen", new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2025) { Overrides = [ParameterOverride.ForYear(SchemeIds.EducationRouteGrant, ParameterNames.Budget, 2024, "15900000.50", "test")] } },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Calculate_InputItCannotUse_IsRefusedNamingTheField(string field, ForecastRequest request)
    {
        var outcome = ForecastCalculator.Calculate(Catalogue, Data, request);

        Assert.Equal(field, Refusal.PathOf(outcome));
        Assert.Equal(outcome.Errors, ForecastCalculator.Validate(Catalogue, Data, request));
    }

    [Fact]
    public void Calculate_ManyWrongInputs_NamesEveryOne()
    {
        var request = new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2021, 2031)
        {
            Trajectories = [null, new Trajectory(new LocalDate(2024, 1, 1), EducationLevel.Mbo2, ContractForm.Contracted) { Price = Money.FromEuros(-1), DurationMonths = 0 }],
            MunicipalFundShare = 2m,
        };

        Assert.Equal(
            ["vanJaar", "totEnMetJaar", "trajecten[1].prijs", "trajecten[1].looptijdMaanden", "aandeelGemeentefonds"],
            Refusal.PathsOf(ForecastCalculator.Calculate(Catalogue, Data, request)));
    }

    [Fact]
    public void Calculate_NationalCount_ReplacesTheProjectionAsAnInputNotAnOverride()
    {
        var plain = Calculate(ForGroningen(2024, 2024));
        var withCount = Calculate(new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2024) { NationalCounts = [new YearCount(2024, 900)] });

        Assert.Equal(Catalogue.Version, withCount.ParameterVersion);
        Assert.Empty(withCount.Explanation.Overrides);
        Assert.Equal(900, withCount.Years[0].Settlement!.NationalCount);
        Assert.NotEqual(900, plain.Years[0].Settlement!.NationalCount);
        Assert.Contains("opgegeven", string.Join(" ", withCount.Years[0].Settlement!.Explanation.Notes), StringComparison.Ordinal);
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
            var advance = AdvanceCalculator.Calculate(Catalogue, Data, new AdvanceRequest(SchemeIds.EducationRouteGrant, year.Year)).Value.Lines.Single(l => l.Recipient == Groningen).Advance;
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

        var central2023 = AdvanceCalculator.Calculate(Catalogue, Data, new AdvanceRequest(SchemeIds.CentralMunicipalityGrant, 2023)).Value.Lines.Single(l => l.Region == region.Code).Advance;
        Assert.Equal(central2023, regionResult.Years[1].Income.Single(i => i.Key == SchemeIds.CentralMunicipalityGrant).Amount);
        Assert.True(regionResult.Years[0].Income.Single(i => i.Key == SchemeIds.CentralMunicipalityGrant).Amount > Money.Zero);
        Assert.All(perMember, r => Assert.All(r.Years, y => Assert.Equal(Money.Zero, y.Income.Single(i => i.Key == SchemeIds.CentralMunicipalityGrant).Amount)));
    }

    [Fact]
    public void Calculate_WithoutCappedScheme_ClosingCashIsMinusTheCumulativeGap()
    {
        var result = Calculate(ForGroningen(2026, 2030, new Trajectory(new LocalDate(2026, 11, 20), EducationLevel.HboNtg, ContractForm.Custom) { DurationMonths = 30, HousingYear = 2026 }));

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

    [Fact]
    public void Calculate_WithoutParticipants_StartsFromTheStartingPoint_AsIfItsStartersWereGiven()
    {
        var implicitStart = Calculate(new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2029));
        var point = Assert.Single(implicitStart.StartingPoints);
        var explicitStart = Calculate(new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2029) { Starters = point.Starters.Where(s => s.HousingYear <= 2029).ToArray() });

        Assert.Equal(Groningen, point.Municipality);
        Assert.Contains(implicitStart.Explanation.Notes, n => n.Contains("startpunt", StringComparison.Ordinal));
        Assert.Empty(explicitStart.StartingPoints);
        Assert.Equal(explicitStart.Years.Select(y => (y.TotalCosts, y.TotalIncome, y.Cash.Closing)), implicitStart.Years.Select(y => (y.TotalCosts, y.TotalIncome, y.Cash.Closing)));
        Assert.True(implicitStart.Years.All(y => y.TotalCosts > Money.Zero));
        Assert.Equal(point.Years.Single(y => y.HousingYear == 2025).StartingNextYear, implicitStart.BetweenSchemes);
    }

    [Fact]
    public void Calculate_RegionWithoutParticipants_StartsFromEveryMembersStartingPoint()
    {
        var result = Calculate(new ForecastRequest(ForecastScope.ForRegion(RegionCode.Parse("AM01")), 2024, 2024));

        Assert.Equal(result.Municipalities, result.StartingPoints.Select(p => p.Municipality));
    }

    [Fact]
    public void Calculate_CashMonths_AddUpToTheYearsCashPosition()
    {
        var result = Calculate(new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2023, 2027));

        foreach (var year in result.Years)
        {
            var cash = year.Cash;
            Assert.Equal(12, cash.Months.Count);
            Assert.Equal(cash.Received, cash.Months.Aggregate(Money.Zero, (sum, m) => sum + m.Received + m.Settlement));
            Assert.Equal(cash.SettlementReceived, cash.Months.Aggregate(Money.Zero, (sum, m) => sum + m.Settlement));
            Assert.Equal(cash.Paid, cash.Months.Aggregate(Money.Zero, (sum, m) => sum + m.Paid));
            Assert.Equal(cash.Closing, cash.Months[^1].Closing);
            Assert.Equal(cash.Lowest, cash.Months.Min(m => m.Closing));
            Assert.Equal(cash.LowestMonth, cash.Months.First(m => m.Closing == cash.Lowest).Month);
        }

        Assert.All(result.Years.Skip(1), y => Assert.True(y.Cash.Months[4].Settlement != Money.Zero || y.Year > 2026, $"{y.Year}: the settlement of the year before arrives in May"));
    }

    [Fact]
    public void Calculate_ExpectedSettlement_ShowsTheBudgetPerPersonCounted()
    {
        var settlement = Calculate(ForGroningen(2024, 2024)).Years[0].Settlement!;

        Assert.Equal(Money.FromCents(Rounding.RoundHalfAwayFromZero(settlement.Explanation.Parameters.Single(p => p.Name == ParameterNames.Budget && p.SchemeId == SchemeIds.EducationRouteGrant).Value.AsMoney().Cents, settlement.NationalCount, 1)), settlement.AmountPerPerson);
    }

    [Theory]
    [InlineData(2031, null, "starters[0].jaar")]
    [InlineData(2030, 2031, "starters[0].huisvestingsjaar")]
    [InlineData(2026, 2027, "starters[0].huisvestingsjaar")]
    public void Calculate_StartersOutsideTheForecast_AreRefusedNamingTheField(int year, int? housing, string field)
    {
        var request = new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2026, 2029) { Starters = [new StarterGroup(year, EducationLevel.Mbo2, 1) { HousingYear = housing }] };

        Assert.Equal(field, Refusal.PathOf(ForecastCalculator.Calculate(Catalogue, Data, request)));
    }

    [Fact]
    public void Calculate_StartersHousedInTheLastYearWhoStartTheYearAfter_BringTheirSupplement()
    {
        var result = Calculate(new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2027, 2027) { Starters = [new StarterGroup(2028, EducationLevel.Mbo2, 1) { HousingYear = 2027 }] });

        Assert.Equal(Money.Zero, result.Years[0].TotalCosts);
        Assert.True(result.Years[0].Income.Single(i => i.Key == SchemeIds.EducationRouteSupplement).Amount > Money.Zero);
    }

    [Fact]
    public void Calculate_WhenTheProjectionCountsNobody_PaysNothingPerPerson()
    {
        var request = ForGroningen(2024, 2024);
        var nobody = new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2024)
        {
            Starters = request.Starters,
            Overrides =
            [
                ParameterOverride.ForYear(SchemeIds.ForecastAssumptions, "instroom-onderwijsroute-centraal", 2022, "0", "test"),
                ParameterOverride.ForYear(SchemeIds.ForecastAssumptions, "instroom-onderwijsroute-centraal", 2023, "0", "test"),
                ParameterOverride.ForYear(SchemeIds.ForecastAssumptions, "instroom-onderwijsroute-centraal", 2024, "0", "test"),
            ],
        };

        var settlement = Calculate(nobody).Years[0].Settlement!;

        Assert.Equal((0L, Money.Zero, Money.Zero), (settlement.NationalCount, settlement.AmountPerPerson, settlement.Definitive));
    }
}
