using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Schemes.EducationRouteGrant;

namespace Onderwijsroute.Funding.Tests.Forecasts;

/// <summary>One projection for forecasts, starting points and scenarios (docs/domain.md §4.8): they must agree to the person.</summary>
public class NationalProjectionTests
{
    private static readonly ParameterCatalogue Catalogue = ParameterCatalogue.Embedded;
    private static readonly NationalProjection Projection = NationalProjection.Build(Catalogue, ReferenceDataSet.Embedded).Value;
    private static readonly ScenarioRunResult Adopted = ScenarioEngine.Run(ReadyScenarios.All[0]);

    [Fact]
    public void NationalCount_IsTheAdoptedScenariosYearEndCount_EveryYear()
    {
        foreach (var year in Adopted.Years)
        {
            Assert.Equal(year.Figure(ScenarioFigures.YearEnd).Value, Projection.YearEndCount(year.Year, YearEndCounts.ForYear(Catalogue, year.Year)));
        }
    }

    [Fact]
    public void RunningCount_LeavesOutThoseWaitingForTheirStart()
    {
        Assert.True(Projection.YearEndCount(2024, YearEndCount.RunningTrajectory) < Projection.YearEndCount(2024, YearEndCount.EducationRouteInPlan));
        Assert.Equal(
            Projection.YearEndCount(2024, YearEndCount.EducationRouteInPlan) - Projection.YearEndCount(2024, YearEndCount.RunningTrajectory),
            ReferenceDataSet.Embedded.Municipalities.Sum(m => Projection.StartingPointOf(m.Code).Years.Single(y => y.HousingYear == 2024).StartingNextYear));
    }

    [Theory]
    [InlineData("GM0014")]
    [InlineData("GM0363")]
    [InlineData("GM0088")]
    public void StartingPoint_IsTheGemeentesLineOfTheAdoptedScenario(string code)
    {
        var point = Projection.StartingPointOf(MunicipalityCode.Parse(code));

        foreach (var year in Adopted.Years)
        {
            var line = year.Municipalities.Single(m => m.Code.Value == code);
            Assert.Equal(line.Starters, point.Years.Single(y => y.HousingYear == year.Year).Housed);
        }
    }

    [Fact]
    public void StartingPoint_Starters_AddUpToTheHousedOfEachYear_OverLevelsAndStartYears()
    {
        var point = Projection.StartingPointOf(MunicipalityCode.Parse("GM0014"));

        Assert.Equal("centraal", point.Variant);
        foreach (var year in point.Years)
        {
            Assert.Equal(year.Housed, year.StartingSameYear + year.StartingNextYear);
            Assert.Equal(year.StartingSameYear, point.Starters.Where(s => s.HousingYear == year.HousingYear && s.Year == year.HousingYear).Sum(s => s.Count));
            Assert.Equal(year.StartingNextYear, point.Starters.Where(s => s.HousingYear == year.HousingYear && s.Year == year.HousingYear + 1).Sum(s => s.Count));
        }

        Assert.All(point.Starters, s => Assert.True(s.Level.IsEducationRoute()));
    }

    [Fact]
    public void BetweenTheSchemes_IsTheAdoptedRunsFigure()
    {
        Assert.Equal(Adopted.Year(2026).Figure(ScenarioFigures.BetweenSchemes).Value, Projection.StartingAcross(2026));
        Assert.True(Projection.StartingAcross(2026) > 0);
    }

    [Fact]
    public void Starts2022_AreOfTheOrderOfTheEarlySnapshot()
    {
        // The check the parameter file states: about 800 with the onderwijsroute in their PIP on 31 January 2023.
        var started = Adopted.Year(2022).Figure(ScenarioFigures.Started).Value;

        Assert.InRange(started, 700, 900);
    }

    [Fact]
    public void Build_WithAnUnknownVariant_NamesTheOverrides()
    {
        var catalogue = Catalogue.WithOverrides([new ParameterOverride(SchemeIds.ForecastAssumptions, ForecastParameterNames.ProjectionVariant, new NodaTime.LocalDate(2022, 1, 1), null, "midden", "test")]);

        var refused = NationalProjection.Build(catalogue, ReferenceDataSet.Embedded);

        Assert.Equal("overschrijvingen", Refusal.PathOf(refused));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(5, 2)]
    [InlineData(7, 4)]
    public void Deferred_AtAHalf_GoesToTheEvenNumber(long housed, long deferred)
    {
        Assert.Equal(deferred, HousingToStart.Deferred(housed, HousingToStart.ShareScale / 2));
    }

    [Theory]
    [InlineData(2022, 7, 18, 2022, true)]
    [InlineData(2022, 7, 18, 2023, true)]
    [InlineData(2022, 7, 18, 2024, false)]
    [InlineData(2022, 8, 18, 2023, true)]
    [InlineData(2022, 7, 5, 2022, false)]
    public void RunsInDecember_WhileDecemberIsOneOfTheTrajectsMonths(int startYear, int startMonth, int months, int year, bool runs)
    {
        Assert.Equal(runs, HousingToStart.RunsInDecember(startYear, startMonth, months, year));
    }
}
