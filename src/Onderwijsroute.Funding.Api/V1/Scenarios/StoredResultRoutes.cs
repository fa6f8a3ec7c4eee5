namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// The routes the stored results of scenarios share (runs, uncertainty analyses, comparisons): the paged list of them
/// all, the paged list of one scenario's, and the read of one that answers a file export too. Mapped in one place so
/// that every such list describes its paging and every export declares its media types the same way.
/// </summary>
internal static class StoredResultRoutes
{
    /// <summary>The description of a paged list of stored results: what it lists, its filters, and the paging of every list.</summary>
    /// <param name="what">What it lists, e.g. "De vastgelegde doorrekeningen".</param>
    /// <param name="filters">The filters before the period, each followed by ", " (the period filters every list).</param>
    public static string PagedListDescription(string what, string filters) =>
        $"{what}, nieuwste eerst; te filteren op {filters}aangemaaktVan en aangemaaktTotEnMet; per pagina (paginaGrootte 1 tot en met {Page.MaxSize}, standaard {Page.DefaultSize}; de Link-header wijst de andere pagina's aan).";

    /// <summary>Maps <c>GET {path}</c>, the list of all stored results of a kind (for the ministry).</summary>
    /// <param name="app">The routes.</param>
    /// <param name="path">The kind's path, e.g. <c>/v1/doorrekeningen</c>.</param>
    /// <param name="tag">The kind's tag.</param>
    /// <param name="list">The handler.</param>
    /// <param name="name">The operation id.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="description">The description (<see cref="PagedListDescription"/>).</param>
    public static RouteHandlerBuilder MapResultList(this IEndpointRouteBuilder app, string path, string tag, Delegate list, string name, string summary, string description) =>
        app.MapMinistryGroup(path, tag).MapGet(string.Empty, list)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .ProducesValidationProblem();

    /// <summary>
    /// Maps <c>GET /v1/scenarios/{id}/{resource}</c>, the list of one stored scenario's results; the description says
    /// where the results of a deleted scenario are (the overall list, filtered on it).
    /// </summary>
    /// <param name="app">The routes.</param>
    /// <param name="resource">The kind's last path segment, e.g. <c>doorrekeningen</c> (also under <c>/v1</c>).</param>
    /// <param name="list">The handler.</param>
    /// <param name="name">The operation id.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="description">The description (<see cref="PagedListDescription"/>).</param>
    public static RouteHandlerBuilder MapScenarioResultList(this IEndpointRouteBuilder app, string resource, Delegate list, string name, string summary, string description) =>
        app.MapOneScenario().MapGet($"/{resource}", list)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription($"{description} Van een verwijderd scenario: GET /v1/{resource}?scenario={{id}}.")
            .ProducesValidationProblem();

    /// <summary>Maps the read of a stored result that answers its JSON, or CSV or xlsx when the request asks (<see cref="ResponseFormats"/>).</summary>
    /// <typeparam name="TResponse">The result's JSON response.</typeparam>
    /// <param name="group">The kind's group of GUID resources.</param>
    /// <param name="pattern">The route below the group.</param>
    /// <param name="get">The handler (<see cref="StoredResults.JsonOrFile{TResponse}"/>).</param>
    public static RouteHandlerBuilder MapExportableResult<TResponse>(this RouteGroupBuilder group, string pattern, Delegate get) =>
        group.MapGet(pattern, get)
            .WithMetadata(ResponseFormats.Exports.Instance)
            .Produces<TResponse>(StatusCodes.Status200OK, "application/json", ResponseFormats.CsvMediaType, ResponseFormats.XlsxMediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
