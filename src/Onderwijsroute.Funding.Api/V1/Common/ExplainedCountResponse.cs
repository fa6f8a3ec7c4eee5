namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Een gebruikt aantal.</summary>
/// <param name="Naam">Wat is geteld, bijvoorbeeld totaalInwoners.</param>
/// <param name="Waarde">Het aantal.</param>
public sealed record ExplainedCountResponse(string Naam, long Waarde);
