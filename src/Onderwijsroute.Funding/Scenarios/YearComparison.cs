namespace Onderwijsroute.Funding.Scenarios;

/// <summary>The compared national figures of one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Figures">Every figure, in the order of <see cref="ScenarioFigures.All"/>.</param>
public sealed record YearComparison(int Year, IReadOnlyList<FigureComparison> Figures);
