namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een pagina onzekerheidsanalyses, nieuwste eerst, elk met haar status.</summary>
/// <param name="Pagina">Het paginanummer, vanaf 1.</param>
/// <param name="PaginaGrootte">Het aantal per pagina.</param>
/// <param name="Totaal">Het totale aantal analyses dat aan de filters voldoet.</param>
/// <param name="Onzekerheidsanalyses">De analyses op deze pagina.</param>
public sealed record UncertaintyAnalysisListResponse(int Pagina, int PaginaGrootte, long Totaal, IReadOnlyList<UncertaintyAnalysisStatusResponse> Onzekerheidsanalyses);
