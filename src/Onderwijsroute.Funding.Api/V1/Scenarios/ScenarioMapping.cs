using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Domain results of the scenario engine as the v1 contract writes them.</summary>
internal static class ScenarioMapping
{
    public static decimal Value(bool isMoney, long value) => isMoney ? Euros.Of(Money.FromCents(value)) : value;

    public static string Unit(bool isMoney) => isMoney ? "euro" : "aantal";

    public static IReadOnlyList<AssumptionResponse> Assumptions(IEnumerable<ScenarioAssumption> assumptions) =>
        assumptions.Select(a => new AssumptionResponse(a.Name, a.Value, a.Status, a.Source)).ToArray();

    public static ScenarioRunResponse Run(string id, string scenarioId, DateTimeOffset at, ScenarioRunResult run) => new(
        id,
        scenarioId,
        run.ScenarioName,
        run.EngineVersion,
        run.ParameterVersion,
        run.InputHash,
        at,
        run.Years.Select(y => new ScenarioRunYearResponse(
            y.Year,
            y.Figures.Select(Figure).ToArray(),
            new GapDistributionResponse(Euros.Of(y.Gaps.Min), Euros.Of(y.Gaps.P10), Euros.Of(y.Gaps.Median), Euros.Of(y.Gaps.P90), Euros.Of(y.Gaps.Max)),
            y.Regions.Select(r => new RegionLineResponse(r.Code.Value, r.Name, r.Starters, r.Active, Euros.Of(r.Cost), Euros.Of(r.Income), Euros.Of(r.Gap), Euros.Of(r.Shortfall), r.MunicipalitiesWithShortfall)).ToArray())).ToArray(),
        run.Totals.Select(Figure).ToArray(),
        Assumptions(run.Assumptions),
        ExplanationResponse.Of(run.Explanation),
        $"/v1/doorrekeningen/{id}/gemeenten",
        $"/v1/doorrekeningen/{id}/gemeenten-export",
        run.SupplementBudget.Select(b => new SupplementBudgetResponse(b.Year, Euros.Of(b.Budget), Euros.Of(b.PerPerson), b.ImpliedTrajectories, b.Persons, Euros.Of(b.Spending), Euros.Of(b.Difference))).ToArray());

    public static MunicipalityLineResponse[] Lines(ScenarioRunResult run) =>
        run.Years.SelectMany(y => y.Municipalities.Select(l => new MunicipalityLineResponse(
            y.Year, l.Code.Value, l.Name, l.Region.Value, l.Starters, l.Active, l.YearEnd, Euros.Of(l.Cost), Euros.Of(l.RegularGrant), Euros.Of(l.Supplement),
            Euros.Of(l.EducationRouteGrant), Euros.Of(l.CentralGrant), Euros.Of(l.FundAddition), Euros.Of(l.ScenarioPot), Euros.Of(l.Income), Euros.Of(l.Gap)))).ToArray();

    public static ComparisonResponse Comparison(string id, IReadOnlyList<string> runIds, ScenarioComparison comparison, string parameterVersion, DateTimeOffset at) => new(
        runIds,
        comparison.Runs,
        comparison.Years.Select(y => new ComparedYearResponse(y.Year, y.Figures.Select(Compared).ToArray())).ToArray(),
        comparison.Totals.Select(Compared).ToArray(),
        comparison.Flips.Select(f => new FlipResponse(f.Code.Value, f.Name, runIds[f.Run], f.Year, Euros.Of(f.FirstGap), Euros.Of(f.Gap), f.BecomesShort ? "naar-tekort" : "naar-overschot")).ToArray(),
        id,
        ScenarioEngine.Version,
        parameterVersion,
        at);

    public static UncertaintyAnalysisResponse Simulation(string id, string scenarioId, UncertaintyAnalysisResult result) => new(
        id,
        scenarioId,
        result.EngineVersion,
        result.ParameterVersion,
        result.InputHash,
        result.Draws,
        result.Seed,
        result.ParticipantsCv,
        result.PriceCv,
        Euros.Of(result.MunicipalityBandMaxError),
        result.BandsOutsidePilotRange,
        result.Years.Select(y => new UncertaintyAnalysisYearResponse(
            y.Year,
            y.Figures.Select(f => new BandResponse(f.Name, Unit(f.IsMoney), Value(f.IsMoney, f.P5), Value(f.IsMoney, f.P50), Value(f.IsMoney, f.P95))).ToArray(),
            y.Municipalities.Select(m => new MunicipalityBandResponse(m.Code.Value, m.Name, Euros.Of(m.P5), Euros.Of(m.P50), Euros.Of(m.P95))).ToArray())).ToArray(),
        Assumptions(result.Assumptions));

    private static FigureResponse Figure(ScenarioFigure f) => new(f.Name, Unit(f.IsMoney), Value(f.IsMoney, f.Value));

    private static ComparedFigureResponse Compared(FigureComparison f) =>
        new(f.Name, Unit(f.IsMoney), f.Values.Select(v => Value(f.IsMoney, v)).ToArray(), f.DifferencesFromFirst.Select(v => Value(f.IsMoney, v)).ToArray());
}
