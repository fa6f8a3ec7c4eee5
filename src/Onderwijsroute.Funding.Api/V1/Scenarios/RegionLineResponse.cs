namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een arbeidsmarktregio in een jaar: sommen over haar gemeenten.</summary>
/// <param name="Code">De regiocode.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Instroom">Instroom: in het jaar gehuisveste deelnemers.</param>
/// <param name="Actief">Deelnemers met trajectmaanden in het jaar.</param>
/// <param name="Kosten">Kosten.</param>
/// <param name="Inkomsten">Inkomsten.</param>
/// <param name="Tekort">Kosten min inkomsten.</param>
/// <param name="TekortGemeenten">Som van de tekorten van gemeenten met een tekort.</param>
/// <param name="GemeentenMetTekort">Aantal gemeenten met een tekort.</param>
public sealed record RegionLineResponse(string Code, string Naam, long Instroom, long Actief, decimal Kosten, decimal Inkomsten, decimal Tekort, decimal TekortGemeenten, int GemeentenMetTekort);
