using System.Text;
using System.Text.Json;
using Onderwijsroute.Funding.Api.V1.Common.Export;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// The steps the handlers of stored scenario results share (runs, uncertainty analyses, comparisons): a page of a
/// list, a page of one scenario's list, and a result read back as stored or as a file. A result is stored as the JSON
/// the POST answered, so the JSON read sends those bytes as they are and only an export parses them.
/// </summary>
internal static class StoredResults
{
    /// <summary>A page of a list of stored results, or the 400 naming every wrong key of its query.</summary>
    /// <typeparam name="TList">The list's response.</typeparam>
    /// <param name="query">The page and filter the query asks for, or its problem (<see cref="ResultListQuery.Read"/>).</param>
    /// <param name="page">Answers a page (<see cref="PageAnswer"/>).</param>
    public static async Task<Results<Ok<TList>, ValidationProblem>> PageAsync<TList>((Page Page, ListFilter Filter, ValidationProblem? Problem) query, Func<Page, ListFilter, Task<Ok<TList>>> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return query.Problem is { } problem ? problem : await page(query.Page, query.Filter).ConfigureAwait(false);
    }

    /// <summary>
    /// A page of one scenario's stored results: a 404 when the scenario is not stored (a deleted scenario's results are
    /// in the list of all, filtered on it), else as <see cref="PageAsync{TList}"/>.
    /// </summary>
    /// <typeparam name="TList">The list's response.</typeparam>
    /// <param name="id">The scenario's id (its form checked by <see cref="ScenarioIds.Filter"/>).</param>
    /// <param name="http">The request.</param>
    /// <param name="scenarios">The stored scenarios.</param>
    /// <param name="query">The page and filter (with the scenario) the query asks for, or its problem.</param>
    /// <param name="page">Answers a page (<see cref="PageAnswer"/>).</param>
    public static async Task<Results<Ok<TList>, ValidationProblem, NotFoundProblem>> ScenarioPageAsync<TList>(string id, HttpContext http, IScenarioRepository scenarios, (Page Page, ListFilter Filter, ValidationProblem? Problem) query, Func<Page, ListFilter, Task<Ok<TList>>> page)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(page);
        if (await scenarios.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false) is null)
        {
            return ScenarioIds.NotFound(id);
        }

        return query.Problem is { } problem ? problem : await page(query.Page, query.Filter).ConfigureAwait(false);
    }

    /// <summary>A stored result as the POST answered it (its JSON, byte for byte), or as the file the request asks for.</summary>
    /// <typeparam name="TResponse">The result's JSON response.</typeparam>
    /// <param name="http">The request (its <c>formaat</c> or <c>Accept</c>).</param>
    /// <param name="resultJson">The stored JSON.</param>
    /// <param name="json">The JSON options it was written with.</param>
    /// <param name="export">The export of the result.</param>
    public static IResult JsonOrFile<TResponse>(HttpContext http, string resultJson, JsonSerializerOptions json, Func<TResponse, ExportDocument> export)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(export);
        var format = ResponseFormats.Choose(http.Request).Format;
        return format == ResponseFormat.Json
            ? new StoredJson<TResponse>(Encoding.UTF8.GetBytes(resultJson))
            : ExportFile.Of(format, export(JsonSerializer.Deserialize<TResponse>(resultJson, json)!));
    }
}
