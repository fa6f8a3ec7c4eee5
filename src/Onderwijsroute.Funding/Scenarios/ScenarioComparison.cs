namespace Onderwijsroute.Funding.Scenarios;

/// <summary>Two to five runs side by side over the years they share (Dutch: <em>vergelijking</em>).</summary>
/// <param name="Runs">The compared runs' scenario names, in order; the first is the reference.</param>
/// <param name="Years">Per shared year, every national figure.</param>
/// <param name="Totals">The additive figures summed over the shared years.</param>
/// <param name="Flips">Gemeenten whose position differs from the first run, per year and in total.</param>
public sealed record ScenarioComparison(IReadOnlyList<string> Runs, IReadOnlyList<YearComparison> Years, IReadOnlyList<FigureComparison> Totals, IReadOnlyList<PositionFlip> Flips);
