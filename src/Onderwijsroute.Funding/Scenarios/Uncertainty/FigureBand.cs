namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>The P5–P50–P95 band of one national figure in one year (exact nearest-rank percentiles over all draws).</summary>
/// <param name="Name">The figure, from <see cref="ScenarioFigures.All"/>.</param>
/// <param name="IsMoney">Whether the values are cents.</param>
/// <param name="P5">The 5th percentile.</param>
/// <param name="P50">The median.</param>
/// <param name="P95">The 95th percentile.</param>
public sealed record FigureBand(string Name, bool IsMoney, long P5, long P50, long P95);
