namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een pagina gemeenteregels van een doorrekening.</summary>
/// <param name="Pagina">Het paginanummer.</param>
/// <param name="PaginaGrootte">Het aantal regels per pagina.</param>
/// <param name="Totaal">Het totaal aantal regels (met het filter op jaar).</param>
/// <param name="Regels">De regels, per jaar op gemeentecode.</param>
public sealed record MunicipalityLinesResponse(int Pagina, int PaginaGrootte, long Totaal, IReadOnlyList<MunicipalityLineResponse> Regels);
