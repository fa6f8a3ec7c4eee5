namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een pagina vastgelegde vergelijkingen, nieuwste eerst.</summary>
/// <param name="Pagina">Het paginanummer, vanaf 1.</param>
/// <param name="PaginaGrootte">Het aantal per pagina.</param>
/// <param name="Totaal">Het totale aantal vergelijkingen dat aan de filters voldoet.</param>
/// <param name="Vergelijkingen">De vergelijkingen op deze pagina.</param>
public sealed record ComparisonListResponse(int Pagina, int PaginaGrootte, long Totaal, IReadOnlyList<ComparisonSummaryResponse> Vergelijkingen);
