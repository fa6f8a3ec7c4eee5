using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using Onderwijsroute.Funding.Api.Http;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// Records every calculation (request as received, parameter version, response as answered) and answers it; a later
/// GET returns the stored response text unchanged, so it is byte for byte the body of the POST.
/// </summary>
internal sealed class StoredCalculations(CalculationRepository repository, IClock clock, IOptions<JsonOptions> json)
{
    /// <summary>Stores a calculation and answers <c>201 Created</c> with its <c>Location</c>.</summary>
    /// <typeparam name="TResponse">The response type.</typeparam>
    /// <param name="http">The request.</param>
    /// <param name="kind">The kind of calculation.</param>
    /// <param name="collectionPath">The collection path, e.g. <c>/v1/voorschotberekeningen</c>.</param>
    /// <param name="requestText">The request body as received.</param>
    /// <param name="parameterVersion">The parameter version that produced the result.</param>
    /// <param name="respond">Builds the response from the new id and the calculation time.</param>
    public async Task<CreatedStoredJson<TResponse>> CreateAsync<TResponse>(HttpContext http, string kind, string collectionPath, string requestText, string parameterVersion, Func<string, DateTimeOffset, TResponse> respond)
    {
        var (id, now) = ResourceIds.NewV7(clock);
        var body = JsonSerializer.SerializeToUtf8Bytes(respond(id, now.ToDateTimeOffset()), json.Value.SerializerOptions);
        await repository.AddAsync(new CalculationRecord(id, kind, requestText, parameterVersion, body, now), http.RequestAborted).ConfigureAwait(false);
        return new CreatedStoredJson<TResponse>($"{collectionPath}/{id}", body);
    }

    /// <summary>Answers one page of the stored calculations of a kind, newest first.</summary>
    /// <param name="http">The request.</param>
    /// <param name="kind">The kind of calculation.</param>
    /// <param name="collectionPath">The collection path, for each item's <c>href</c>.</param>
    /// <param name="page">The 1-based page, default 1.</param>
    /// <param name="pageSize">The page size, default 20, at most <see cref="Page.MaxListSize"/>.</param>
    public async Task<Results<Ok<CalculationListResponse>, ValidationProblem>> ListAsync(HttpContext http, string kind, string collectionPath, int? page, int? pageSize)
    {
        var (asked, problem) = Page.From(page, pageSize, defaultSize: 20, Page.MaxListSize);
        if (problem is not null)
        {
            return problem;
        }

        var (records, total) = await repository.ListAsync(kind, asked.Offset, asked.Size, http.RequestAborted).ConfigureAwait(false);
        var items = records.Select(r => new CalculationSummaryResponse(
            r.Id,
            $"{collectionPath}/{r.Id}",
            r.Scheme ?? throw new InvalidOperationException($"De vastgelegde berekening {r.Id} heeft geen regeling."),
            r.Year ?? throw new InvalidOperationException($"De vastgelegde berekening {r.Id} heeft geen jaar."),
            r.ParameterVersion,
            r.CreatedAt.ToDateTimeOffset())).ToArray();
        return TypedResults.Ok(new CalculationListResponse(asked.Number, asked.Size, total, items));
    }

    /// <summary>Answers a stored calculation, or a 404 problem (the id's form is checked by <see cref="IdRouteFilter.Guid"/>).</summary>
    /// <typeparam name="TResponse">The response type.</typeparam>
    /// <param name="http">The request.</param>
    /// <param name="kind">The kind of calculation.</param>
    /// <param name="id">The id from the path.</param>
    /// <param name="what">The Dutch name of the kind, for the problem detail.</param>
    public async Task<Results<StoredJson<TResponse>, NotFoundProblem>> GetAsync<TResponse>(HttpContext http, string kind, string id, string what)
    {
        var record = await repository.FindAsync(kind, Guid.ParseExact(id, "D").ToString("D"), http.RequestAborted).ConfigureAwait(false);
        return record is null
            ? new NotFoundProblem($"Er is geen {what} met id '{id}'.")
            : new StoredJson<TResponse>(record.ResultJson);
    }
}
