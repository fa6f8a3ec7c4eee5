namespace Onderwijsroute.Funding.Settlement;

/// <summary>A weight for one arbeidsmarktregio that replaces a scheme's key (Dutch: <em>gewicht</em>), e.g. its number of trajecten.</summary>
/// <param name="Region">The region.</param>
/// <param name="Weight">The weight; a negative one is an input error.</param>
public sealed record RegionWeight(RegionCode Region, long Weight);
