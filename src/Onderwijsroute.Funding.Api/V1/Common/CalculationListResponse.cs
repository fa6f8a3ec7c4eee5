namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Eén pagina vastgelegde berekeningen, nieuwste eerst.</summary>
/// <param name="Pagina">Het paginanummer, vanaf 1.</param>
/// <param name="PaginaGrootte">Het aantal berekeningen per pagina.</param>
/// <param name="Totaal">Het totale aantal vastgelegde berekeningen van deze soort.</param>
/// <param name="Berekeningen">De berekeningen op deze pagina.</param>
public sealed record CalculationListResponse(int Pagina, int PaginaGrootte, long Totaal, IReadOnlyList<CalculationSummaryResponse> Berekeningen);

/// <summary>Een vastgelegde berekening in het kort.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad waarop de hele berekening staat.</param>
/// <param name="Regeling">De regeling.</param>
/// <param name="Jaar">Het begrotingsjaar.</param>
/// <param name="ParameterVersie">De parameterversie waarmee is gerekend.</param>
/// <param name="BerekendOp">Wanneer de berekening is gemaakt.</param>
public sealed record CalculationSummaryResponse(string Id, string Href, string Regeling, int Jaar, string ParameterVersie, DateTimeOffset BerekendOp);
