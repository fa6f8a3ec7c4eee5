namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// The result of a deterministic scenario run (Dutch: <em>doorrekening</em>): per year the national figures, the gap
/// distribution, regions and gemeenten; what produced it (engine version, parameter version, input hash) so that it can
/// be repeated with identical results; and every assumption and parameter it used.
/// </summary>
public sealed class ScenarioRunResult
{
    internal ScenarioRunResult(ScenarioDefinition scenario, IReadOnlyList<ScenarioYearResult> years, Explanation explanation, IReadOnlyList<ScenarioAssumption> assumptions)
    {
        ScenarioName = scenario.Name;
        FirstYear = scenario.FirstYear;
        LastYear = scenario.LastYear;
        ParameterVersion = scenario.Catalogue.Version;
        InputHash = scenario.InputHash;
        Years = years;
        Explanation = explanation;
        Assumptions = assumptions;
        Totals = ScenarioFigures.All.Where(ScenarioFigures.IsAdditive)
            .Select(name => new ScenarioFigure(name, ScenarioFigures.IsMoney(name), years.Sum(y => y.Figure(name).Value)))
            .ToArray();
    }

    /// <summary>The scenario's name.</summary>
    public string ScenarioName { get; }

    /// <summary>The engine version that computed it (<see cref="ScenarioEngine.Version"/>).</summary>
    public string EngineVersion { get; } = ScenarioEngine.Version;

    /// <summary>The parameter version, overrides included.</summary>
    public string ParameterVersion { get; }

    /// <summary>The hash of the scenario's inputs.</summary>
    public string InputHash { get; }

    /// <summary>The first year.</summary>
    public int FirstYear { get; }

    /// <summary>The last year.</summary>
    public int LastYear { get; }

    /// <summary>Each year, in order.</summary>
    public IReadOnlyList<ScenarioYearResult> Years { get; }

    /// <summary>The additive figures summed over all years.</summary>
    public IReadOnlyList<ScenarioFigure> Totals { get; }

    /// <summary>The parameters (status and source), peildatums, counts and notes used.</summary>
    public Explanation Explanation { get; }

    /// <summary>The supplement spending per supplement year of the run against an even share of the budgeted total.</summary>
    public IReadOnlyList<SupplementBudgetYear> SupplementBudget { get; init; } = [];

    /// <summary>The scenario's assumptions and the engine's modelling assumptions.</summary>
    public IReadOnlyList<ScenarioAssumption> Assumptions { get; }

    /// <summary>One year's result.</summary>
    /// <param name="year">The year.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the run.</exception>
    public ScenarioYearResult Year(int year) =>
        year >= FirstYear && year <= LastYear ? Years[year - FirstYear] : throw new ArgumentOutOfRangeException(nameof(year));
}
