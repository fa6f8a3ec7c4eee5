namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een gemeente in een jaar van een doorrekening.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="GemeenteCode">De gemeentecode.</param>
/// <param name="GemeenteNaam">De naam.</param>
/// <param name="ArbeidsmarktregioCode">De arbeidsmarktregio.</param>
/// <param name="Instroom">Instroom: in het jaar gehuisveste deelnemers met de onderwijsroute als leerroute (zij starten dit of volgend jaar).</param>
/// <param name="Actief">Deelnemers met trajectmaanden in het jaar.</param>
/// <param name="EindeJaar">Deelnemers geteld op 31 december, volgens de telling van het jaar (pip-onderwijsroute of lopend-traject).</param>
/// <param name="Kosten">Trajectkosten in het jaar.</param>
/// <param name="Regulier">Leerroutecomponent van de reguliere SPUK voor deze deelnemers.</param>
/// <param name="Toeslag">Toeslag onderwijsroute (2026 en later).</param>
/// <param name="SpukOnderwijsroute">Definitieve uitkering uit de gemaximeerde €35 mln (2023-2025).</param>
/// <param name="SpukCentrumgemeenten">Uitkering uit de €24 mln aan centrumgemeenten (2022-2023).</param>
/// <param name="Gemeentefonds">Aan de onderwijsroute toegerekend deel van de gemeentefondstoevoeging.</param>
/// <param name="Budgetpot">Uitkering uit de eigen pot van het scenario.</param>
/// <param name="Inkomsten">Alle inkomsten.</param>
/// <param name="Tekort">Kosten min inkomsten: positief een tekort, negatief een overschot.</param>
public sealed record MunicipalityLineResponse(int Jaar, string GemeenteCode, string GemeenteNaam, string ArbeidsmarktregioCode, long Instroom, long Actief, long EindeJaar, decimal Kosten, decimal Regulier, decimal Toeslag, decimal SpukOnderwijsroute, decimal SpukCentrumgemeenten, decimal Gemeentefonds, decimal Budgetpot, decimal Inkomsten, decimal Tekort);
