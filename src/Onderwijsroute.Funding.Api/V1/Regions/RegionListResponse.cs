namespace Onderwijsroute.Funding.Api.V1.Regions;

/// <summary>Alle arbeidsmarktregio's.</summary>
/// <param name="GemeentelijkeIndeling">Het jaar van de CBS-indeling.</param>
/// <param name="Aantal">Het aantal arbeidsmarktregio's.</param>
/// <param name="Bron">De bron van de indeling en de centrumgemeenten.</param>
/// <param name="Arbeidsmarktregios">De arbeidsmarktregio's, op code.</param>
public sealed record RegionListResponse(int GemeentelijkeIndeling, int Aantal, string Bron, IReadOnlyList<RegionResponse> Arbeidsmarktregios);
