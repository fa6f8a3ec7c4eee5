namespace Onderwijsroute.Funding.Scenarios;

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
