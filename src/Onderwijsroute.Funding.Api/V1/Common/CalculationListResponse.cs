namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Eén pagina vastgelegde berekeningen, nieuwste eerst.</summary>
/// <param name="Pagina">Het paginanummer, vanaf 1.</param>
/// <param name="PaginaGrootte">Het aantal berekeningen per pagina.</param>
/// <param name="Totaal">Het totale aantal vastgelegde berekeningen van deze soort.</param>
/// <param name="Berekeningen">De berekeningen op deze pagina.</param>
public sealed record CalculationListResponse(int Pagina, int PaginaGrootte, long Totaal, IReadOnlyList<CalculationSummaryResponse> Berekeningen);
