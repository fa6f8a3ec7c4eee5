namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>The P5–P50–P95 band of one gemeente's gap in one year (streaming estimate; see <see cref="UncertaintyAnalysisResult.MunicipalityBandMaxError"/>).</summary>
/// <param name="Code">The gemeente.</param>
/// <param name="Name">Its name.</param>
/// <param name="P5">The 5th percentile of its gap.</param>
/// <param name="P50">The median.</param>
/// <param name="P95">The 95th percentile.</param>
public sealed record MunicipalityGapBand(MunicipalityCode Code, string Name, Money P5, Money P50, Money P95);
