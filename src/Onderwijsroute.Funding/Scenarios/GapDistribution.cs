namespace Onderwijsroute.Funding.Scenarios;

/// <summary>The distribution of the gemeenten's gaps in a year (nearest-rank percentiles over all gemeenten).</summary>
/// <param name="Min">The lowest gap (a negative gap is a surplus).</param>
/// <param name="P10">The 10th percentile.</param>
/// <param name="Median">The median.</param>
/// <param name="P90">The 90th percentile.</param>
/// <param name="Max">The highest gap.</param>
public sealed record GapDistribution(Money Min, Money P10, Money Median, Money P90, Money Max);
