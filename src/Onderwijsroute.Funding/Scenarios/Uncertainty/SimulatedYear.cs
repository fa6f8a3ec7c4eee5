namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>One year of an uncertainty analysis.</summary>
/// <param name="Year">The year.</param>
/// <param name="Figures">A band for every national figure, in the order of <see cref="ScenarioFigures.All"/>.</param>
/// <param name="Municipalities">A band for every gemeente's gap, by code.</param>
public sealed record SimulatedYear(int Year, IReadOnlyList<FigureBand> Figures, IReadOnlyList<MunicipalityGapBand> Municipalities)
{
    /// <summary>A figure's band by name.</summary>
    /// <param name="name">A name from <see cref="ScenarioFigures.All"/>.</param>
    public FigureBand Figure(string name) => Figures.FirstOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"No figure '{name}'.");
}
