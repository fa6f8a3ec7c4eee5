namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een pagina scenario's, de kant-en-klare eerst.</summary>
/// <param name="Pagina">Het paginanummer.</param>
/// <param name="PaginaGrootte">Het aantal per pagina.</param>
/// <param name="Totaal">Het totaal aantal scenario's.</param>
/// <param name="Scenarios">De scenario's op deze pagina.</param>
public sealed record ScenarioListResponse(int Pagina, int PaginaGrootte, long Totaal, IReadOnlyList<ScenarioSummaryResponse> Scenarios);
