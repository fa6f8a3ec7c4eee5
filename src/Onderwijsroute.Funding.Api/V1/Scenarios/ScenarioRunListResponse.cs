namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een pagina vastgelegde doorrekeningen, nieuwste eerst.</summary>
/// <param name="Pagina">Het paginanummer, vanaf 1.</param>
/// <param name="PaginaGrootte">Het aantal per pagina.</param>
/// <param name="Totaal">Het totale aantal doorrekeningen dat aan de filters voldoet.</param>
/// <param name="Doorrekeningen">De doorrekeningen op deze pagina.</param>
public sealed record ScenarioRunListResponse(int Pagina, int PaginaGrootte, long Totaal, IReadOnlyList<ScenarioRunSummaryResponse> Doorrekeningen);
