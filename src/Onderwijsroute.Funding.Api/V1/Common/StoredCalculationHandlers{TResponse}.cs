namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// The read handlers every stored calculation shares (<see cref="StoredCalculationRoutes"/>); which kind an endpoint
/// reads is its <see cref="StoredCalculationKind"/> metadata.
/// </summary>
/// <typeparam name="TResponse">The calculation's response type.</typeparam>
internal static class StoredCalculationHandlers<TResponse>
{
    /// <param name="http">The request.</param>
    /// <param name="calculations">The stored calculations.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 100 (standaard 20).</param>
    public static Task<Results<Ok<CalculationListResponse>, ValidationProblem>> List(HttpContext http, StoredCalculations calculations, int? pagina, int? paginaGrootte) =>
        calculations.ListAsync(http, KindOf(http), pagina, paginaGrootte);

    /// <param name="id">Het id van de berekening (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="calculations">The stored calculations.</param>
    public static Task<Results<StoredJson<TResponse>, NotFoundProblem>> Get(string id, HttpContext http, StoredCalculations calculations) =>
        calculations.GetAsync<TResponse>(http, KindOf(http), id);

    private static StoredCalculationKind KindOf(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<StoredCalculationKind>() ?? throw new InvalidOperationException("A stored-calculation route has no StoredCalculationKind.");
}
