using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using Onderwijsroute.Funding.Api.Http.Security;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// Records every calculation (request as received, parameter version, response as answered) and answers it; a later
/// GET returns the stored response text unchanged, so it is byte for byte the body of the POST.
/// </summary>
internal sealed class StoredCalculations(ICalculationRepository repository, ParameterCatalogue catalogue, ReferenceDataSet data, IClock clock, IOptions<JsonOptions> json)
{
    /// <summary>
    /// Reads and checks a request body (<see cref="CheckedBody"/>), calculates it, stores the calculation and answers
    /// <c>201 Created</c> with its <c>Location</c>; or, when <paramref name="store"/> is false (<c>?opslaan=false</c>),
    /// answers <c>200</c> with the same body, <c>id</c> null, and stores nothing; or answers the problem with the body.
    /// </summary>
    /// <typeparam name="TBody">The request body type.</typeparam>
    /// <typeparam name="TRequest">The domain's request type.</typeparam>
    /// <typeparam name="TResult">The domain's result type.</typeparam>
    /// <typeparam name="TResponse">The response type.</typeparam>
    /// <param name="http">The request.</param>
    /// <param name="kind">The kind of calculation.</param>
    /// <param name="calculator">What the kind computes with.</param>
    /// <param name="store">Whether to store the calculation (<c>opslaan</c>, default true).</param>
    public async Task<Results<CreatedStoredJson<TResponse>, StoredJson<TResponse>, BodyProblem>> CalculateAsync<TBody, TRequest, TResult, TResponse>(
        HttpContext http,
        StoredCalculationKind kind,
        StoredCalculator<TBody, TRequest, TResult, TResponse> calculator,
        bool store)
        where TBody : class
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(calculator);
        var input = await CheckedBody.CalculateAsync(
            http,
            calculator.Read,
            request => calculator.Validate(catalogue, data, request),
            request => calculator.Calculate(catalogue, data, request)).ConfigureAwait(false);
        if (input.Problem is { } problem)
        {
            return problem;
        }

        if (!store)
        {
            var unstored = JsonSerializer.SerializeToUtf8Bytes(calculator.Respond(null, clock.GetCurrentInstant().ToDateTimeOffset(), input.Result!), json.Value.SerializerOptions);
            return new StoredJson<TResponse>(unstored);
        }

        var (id, now) = ResourceIds.NewV7(clock);
        var body = JsonSerializer.SerializeToUtf8Bytes(calculator.Respond(id, now.ToDateTimeOffset(), input.Result!), json.Value.SerializerOptions);
        await repository.AddAsync(new CalculationRecord(id, kind.Kind, input.Text, calculator.ExplanationOf(input.Result!).ParameterVersion, body, now), http.TakeAudit(StatusCodes.Status201Created), http.RequestAborted).ConfigureAwait(false);
        return new CreatedStoredJson<TResponse>($"{kind.Path}/{id}", body);
    }

    /// <summary>Answers one page of the stored calculations of a kind, newest first.</summary>
    /// <param name="http">The request.</param>
    /// <param name="kind">The kind of calculation.</param>
    /// <param name="page">The 1-based page, default 1.</param>
    /// <param name="pageSize">The page size, default 20, at most <see cref="Page.MaxSize"/>.</param>
    public async Task<Results<Ok<CalculationListResponse>, ValidationProblem>> ListAsync(HttpContext http, StoredCalculationKind kind, int? page, int? pageSize)
    {
        var (asked, problem) = Page.From(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var (records, total) = await repository.ListAsync(kind.Kind, asked.Offset, asked.Size, http.RequestAborted).ConfigureAwait(false);
        var items = records.Select(r => new CalculationSummaryResponse(
            r.Id,
            $"{kind.Path}/{r.Id}",
            r.Scheme ?? throw new InvalidOperationException($"De vastgelegde berekening {r.Id} heeft geen regeling."),
            r.Year ?? throw new InvalidOperationException($"De vastgelegde berekening {r.Id} heeft geen jaar."),
            r.ParameterVersion,
            r.CreatedAt.ToDateTimeOffset())).ToArray();
        PageLinks.Write(http, asked, total);
        return TypedResults.Ok(new CalculationListResponse(asked.Number, asked.Size, total, items));
    }

    /// <summary>Answers a stored calculation, or a 404 problem (the id's form is checked by <see cref="IdRouteFilter.Guid"/>).</summary>
    /// <typeparam name="TResponse">The response type.</typeparam>
    /// <param name="http">The request.</param>
    /// <param name="kind">The kind of calculation.</param>
    /// <param name="id">The id from the path.</param>
    public async Task<Results<StoredJson<TResponse>, NotFoundProblem>> GetAsync<TResponse>(HttpContext http, StoredCalculationKind kind, string id)
    {
        var record = await repository.FindAsync(kind.Kind, Guid.ParseExact(id, "D").ToString("D"), http.RequestAborted).ConfigureAwait(false);
        return record is null
            ? new NotFoundProblem($"Er is geen {kind.Singular} met id '{id}'.")
            : new StoredJson<TResponse>(record.ResultJson);
    }
}
