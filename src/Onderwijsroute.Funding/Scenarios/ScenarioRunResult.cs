namespace Onderwijsroute.Funding.Scenarios;

/// <summary>One national figure of a year (Dutch: <em>kengetal</em>): a count, or money in cents.</summary>
/// <param name="Name">The name, from <see cref="ScenarioFigures.All"/>.</param>
/// <param name="IsMoney">Whether <paramref name="Value"/> is cents.</param>
/// <param name="Value">The count or the cents.</param>
public sealed record ScenarioFigure(string Name, bool IsMoney, long Value)
{
    /// <summary>The value as money, or <c>null</c> for a count.</summary>
    public Money? Money => IsMoney ? Funding.Money.FromCents(Value) : null;
}

/// <summary>The distribution of the gemeenten's gaps in a year (nearest-rank percentiles over all gemeenten).</summary>
/// <param name="Min">The lowest gap (a negative gap is a surplus).</param>
/// <param name="P10">The 10th percentile.</param>
/// <param name="Median">The median.</param>
/// <param name="P90">The 90th percentile.</param>
/// <param name="Max">The highest gap.</param>
public sealed record GapDistribution(Money Min, Money P10, Money Median, Money P90, Money Max);

/// <summary>One gemeente in one scenario year (Dutch: <em>gemeenteregel</em>), every amount traceable to its counts.</summary>
/// <param name="Code">The gemeente.</param>
/// <param name="Name">Its name.</param>
/// <param name="Region">Its arbeidsmarktregio.</param>
/// <param name="Starters">Participants starting in the year.</param>
/// <param name="Active">Participants with traject months in the year.</param>
/// <param name="YearEnd">Participants in the route on 31 December.</param>
/// <param name="Cost">Traject cost falling in the year.</param>
/// <param name="RegularGrant">Regular SPUK leerroute component for its participants.</param>
/// <param name="Supplement">The 2026+ supplement.</param>
/// <param name="EducationRouteGrant">The definitive amount from the capped €35M (2023–2025).</param>
/// <param name="ScenarioPot">The scenario's own capped pot.</param>
/// <param name="CentralGrant">The €24M to centrumgemeenten (2022–2023).</param>
/// <param name="FundAddition">The share of the gemeentefonds addition attributed to the onderwijsroute.</param>
/// <param name="Income">All income.</param>
/// <param name="Gap">Cost − income: positive a tekort, negative an overschot.</param>
public sealed record MunicipalityYearLine(
    MunicipalityCode Code, string Name, RegionCode Region, long Starters, long Active, long YearEnd, Money Cost, Money RegularGrant, Money Supplement,
    Money EducationRouteGrant, Money ScenarioPot, Money CentralGrant, Money FundAddition, Money Income, Money Gap);

/// <summary>One arbeidsmarktregio in one scenario year: sums over its gemeenten.</summary>
/// <param name="Code">The region.</param>
/// <param name="Name">Its name.</param>
/// <param name="Starters">Participants starting in the year.</param>
/// <param name="Active">Participants with traject months in the year.</param>
/// <param name="Cost">Cost.</param>
/// <param name="Income">Income.</param>
/// <param name="Gap">Cost − income.</param>
/// <param name="Shortfall">The sum of the gaps of its gemeenten with a gap.</param>
/// <param name="MunicipalitiesWithShortfall">How many of its gemeenten have a gap.</param>
public sealed record RegionYearLine(RegionCode Code, string Name, long Starters, long Active, Money Cost, Money Income, Money Gap, Money Shortfall, int MunicipalitiesWithShortfall);

/// <summary>One year of a scenario run.</summary>
/// <param name="Year">The year.</param>
/// <param name="Figures">The national figures in the order of <see cref="ScenarioFigures.All"/>.</param>
/// <param name="Gaps">The distribution of the gemeenten's gaps.</param>
/// <param name="Regions">Per arbeidsmarktregio, by code.</param>
/// <param name="Municipalities">Per gemeente, by code.</param>
public sealed record ScenarioYearResult(int Year, IReadOnlyList<ScenarioFigure> Figures, GapDistribution Gaps, IReadOnlyList<RegionYearLine> Regions, IReadOnlyList<MunicipalityYearLine> Municipalities)
{
    /// <summary>A figure by name.</summary>
    /// <param name="name">A name from <see cref="ScenarioFigures.All"/>.</param>
    /// <exception cref="KeyNotFoundException">No such figure.</exception>
    public ScenarioFigure Figure(string name) => Figures.FirstOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"No figure '{name}'.");
}

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

    /// <summary>The scenario's assumptions and the engine's modelling assumptions.</summary>
    public IReadOnlyList<ScenarioAssumption> Assumptions { get; }

    /// <summary>One year's result.</summary>
    /// <param name="year">The year.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the run.</exception>
    public ScenarioYearResult Year(int year) =>
        year >= FirstYear && year <= LastYear ? Years[year - FirstYear] : throw new ArgumentOutOfRangeException(nameof(year));
}
