namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een jaar van een onzekerheidsanalyse.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Kengetallen">Een band per landelijk kengetal (exact over alle trekkingen).</param>
/// <param name="Gemeenten">Een band per gemeente (schatting, zie maximaleAfwijkingGemeentebanden).</param>
public sealed record UncertaintyAnalysisYearResponse(int Jaar, IReadOnlyList<BandResponse> Kengetallen, IReadOnlyList<MunicipalityBandResponse> Gemeenten);
