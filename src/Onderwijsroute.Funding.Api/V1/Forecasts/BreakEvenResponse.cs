namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Het landelijke aantal waarbij het tekort nul wordt.</summary>
/// <param name="Uitkomst">bereikt (er is zo'n aantal), nooit (zelfs het hele budget dekt het tekort niet) of altijd (er is bij elk aantal geen tekort).</param>
/// <param name="LandelijkAantal">Bij 'bereikt': het hoogste landelijke aantal waarbij het tekort nul of negatief is; anders null.</param>
/// <param name="Toelichting">Uitleg.</param>
public sealed record BreakEvenResponse(string Uitkomst, long? LandelijkAantal, string Toelichting);
