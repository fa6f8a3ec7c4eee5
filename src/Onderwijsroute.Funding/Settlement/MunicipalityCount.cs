namespace Onderwijsroute.Funding.Settlement;

/// <summary>A count for one gemeente.</summary>
/// <param name="Municipality">The gemeente.</param>
/// <param name="Count">The count; a negative one is an input error.</param>
public sealed record MunicipalityCount(MunicipalityCode Municipality, long Count);
