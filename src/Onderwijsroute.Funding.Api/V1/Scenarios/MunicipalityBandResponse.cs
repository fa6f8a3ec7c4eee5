namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>De band van het tekort van een gemeente.</summary>
/// <param name="GemeenteCode">De gemeentecode.</param>
/// <param name="GemeenteNaam">De naam.</param>
/// <param name="P5">Het 5e percentiel.</param>
/// <param name="P50">De mediaan.</param>
/// <param name="P95">Het 95e percentiel.</param>
public sealed record MunicipalityBandResponse(string GemeenteCode, string GemeenteNaam, decimal P5, decimal P50, decimal P95);
