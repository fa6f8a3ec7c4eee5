using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Common.Export;
using Onderwijsroute.Funding.Api.V1.Forecasts.Export;
using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>
/// <c>/v1/gemeenten/{gemeenteCode}/prognoses</c>: a gemeente's stored forecasts (create, read, list, replace, delete)
/// with optimistic concurrency: every read carries an <c>ETag</c>; replace and delete need <c>If-Match</c> (428
/// without, 412 when stale). A stored forecast keeps the parameter version it was computed with; its
/// <c>herberekening</c> computes it again with the current parameters and lists what changed.
/// </summary>
internal static class StoredForecastsEndpoints
{
    private const string Example = """
        { "naam": "Basisprognose 2024-2029", "vanJaar": 2024, "totEnMetJaar": 2029,
          "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "prijs": 17000 },
                         { "startdatum": "2025-02-01", "niveau": "hbo-ntg", "contractvorm": "maatwerk" } ],
          "starters": [ { "jaar": 2026, "niveau": "mbo4", "aantal": 3 } ] }
        """;

    public static IEndpointRouteBuilder MapStoredForecasts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/gemeenten/{gemeenteCode}/prognoses").WithTags("Prognoses").RequireForecastScope();

        group.MapGet(string.Empty, List)
            .WithName("listPrognoses")
            .WithSummary("De opgeslagen prognoses van een gemeente")
            .WithDescription("Laatst gewijzigd eerst.")
            .Produces<StoredForecastListResponse>()
            .ProducesLookupProblems();

        group.MapPost(string.Empty, Create)
            .WithName("createPrognose")
            .WithSummary("Sla een prognose op")
            .WithDescription("Berekent de prognose voor de gemeente uit het pad (of, met arbeidsmarktregioCode, voor de regio waarvan zij centrumgemeente is) en slaat invoer, parameterversie en resultaat op. Antwoord 201 met Location en ETag.")
            .WithMetadata(new JsonRequestBody(typeof(SaveForecastRequest), Example))
            .Produces<StoredForecastResponse>(StatusCodes.Status201Created)
            .ProducesLookupProblems()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/{id}", Get)
            .WithName("getPrognose")
            .WithSummary("Een opgeslagen prognose")
            .WithDescription("De prognose met haar ETag. Als CSV of xlsx met ?formaat=csv|csv-excel|xlsx of met Accept: text/csv of het xlsx-mediatype.")
            .WithMetadata(ResponseFormats.Exports.Instance)
            .Produces<StoredForecastResponse>(StatusCodes.Status200OK, "application/json", ResponseFormats.CsvMediaType, ResponseFormats.XlsxMediaType)
            .ProducesLookupProblems()
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

        group.MapPut("/{id}", Replace)
            .WithName("replacePrognose")
            .WithSummary("Vervang een opgeslagen prognose")
            .WithDescription("Berekent de prognose opnieuw met de nieuwe invoer en de parameters van nu. Vereist If-Match met de ETag van de laatst gelezen versie: zonder If-Match 428, met een verouderde ETag 412.")
            .WithMetadata(new JsonRequestBody(typeof(SaveForecastRequest), Example))
            .Produces<StoredForecastResponse>()
            .ProducesLookupProblems()
            .ProducesPreconditionProblems();

        group.MapDelete("/{id}", Delete)
            .WithName("deletePrognose")
            .WithSummary("Verwijder een opgeslagen prognose")
            .WithDescription("Vereist If-Match met de ETag van de laatst gelezen versie: zonder If-Match 428, met een verouderde ETag 412.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesLookupProblems()
            .ProducesPreconditionProblems();

        group.MapGet("/{id}/herberekening", Recompute)
            .WithName("getPrognoseHerberekening")
            .WithSummary("Een opgeslagen prognose opnieuw berekend met de parameters van nu")
            .WithDescription("Berekent de opgeslagen invoer met de huidige parameters (zonder iets op te slaan) en noemt elk cijfer dat daardoor verandert, met beide parameterversies.")
            .Produces<ForecastRecomputationResponse>()
            .ProducesLookupProblems();
        return app;
    }

    /// <param name="gemeenteCode">De gemeente, bijvoorbeeld GM0014.</param>
    /// <param name="data">The reference data.</param>
    /// <param name="repository">The stored forecasts.</param>
    /// <param name="http">The request.</param>
    private static async Task<IResult> List(string gemeenteCode, ReferenceDataSet data, IForecastRepository repository, HttpContext http)
    {
        if (UnknownMunicipality(gemeenteCode, data) is { } missing)
        {
            return missing;
        }

        var records = await repository.ListAsync(gemeenteCode, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(new StoredForecastListResponse(gemeenteCode, records.Select(r => new StoredForecastSummaryResponse(r.Id, Href(r), r.Name, r.Version, r.ParameterVersion, r.ModifiedAt.ToDateTimeOffset())).ToArray()));
    }

    /// <param name="gemeenteCode">De gemeente, bijvoorbeeld GM0014.</param>
    /// <param name="http">The request.</param>
    /// <param name="context">The services a write needs.</param>
    private static async Task<IResult> Create(string gemeenteCode, HttpContext http, ForecastWriteServices context)
    {
        if (UnknownMunicipality(gemeenteCode, context.Data) is { } missing)
        {
            return missing;
        }

        var (saved, problem) = await ComputeAsync(gemeenteCode, http, context).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var (id, now) = ResourceIds.NewV7(context.Clock);
        var record = new ForecastRecord(id, gemeenteCode, saved!.Name, 1, saved.RequestText, saved.ParameterVersion, saved.ResultJson, now, now);
        await context.Repository.AddAsync(record, http.TakeAudit(StatusCodes.Status201Created), http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.Location = Href(record);
        return Stored(http, record, context.Json, StatusCodes.Status201Created);
    }

    /// <param name="gemeenteCode">De gemeente, bijvoorbeeld GM0014.</param>
    /// <param name="id">Het id van de prognose (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="data">The reference data.</param>
    /// <param name="repository">The stored forecasts.</param>
    /// <param name="json">The JSON options.</param>
    /// <param name="catalogue">The regelingen (names in an export).</param>
    /// <param name="formaat">Optioneel: json (standaard), csv (RFC 4180), csv-excel (puntkomma en decimale komma, voor Nederlandse Excel) of xlsx.</param>
    private static async Task<IResult> Get(string gemeenteCode, string id, HttpContext http, ReferenceDataSet data, IForecastRepository repository, IOptions<JsonOptions> json, ParameterCatalogue catalogue, string? formaat)
    {
        _ = formaat; // read by ResponseFormats from the query; a parameter so that the contract documents it
        var format = ResponseFormats.Choose(http.Request).Format;
        var (record, problem) = await FindAsync(gemeenteCode, id, data, repository, http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (format == ResponseFormat.Json)
        {
            return Stored(http, record!, json.Value.SerializerOptions, StatusCodes.Status200OK);
        }

        http.Response.Headers.ETag = IfMatch.ETagOf(record!.Version);
        using var result = JsonDocument.Parse(record.ResultJson);
        return ExportFile.Of(format, ForecastExport.Of(result.RootElement, record.RequestJson, record.ModifiedAt, Href(record), $"prognose-{gemeenteCode}-{record.Id}", catalogue));
    }

    /// <param name="gemeenteCode">De gemeente, bijvoorbeeld GM0014.</param>
    /// <param name="id">Het id van de prognose (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="context">The services a write needs.</param>
    private static async Task<IResult> Replace(string gemeenteCode, string id, HttpContext http, ForecastWriteServices context)
    {
        var (current, problem) = await FindAsync(gemeenteCode, id, context.Data, context.Repository, http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var (expected, preconditionProblem) = IfMatch.Check(http, current!.Version, Forecast);
        if (preconditionProblem is not null)
        {
            return preconditionProblem;
        }

        var (saved, inputProblem) = await ComputeAsync(gemeenteCode, http, context).ConfigureAwait(false);
        if (inputProblem is not null)
        {
            return inputProblem;
        }

        var replacement = current! with { Name = saved!.Name, RequestJson = saved.RequestText, ParameterVersion = saved.ParameterVersion, ResultJson = saved.ResultJson, ModifiedAt = context.Clock.GetCurrentInstant() };
        var outcome = await context.Repository.ReplaceAsync(replacement, expected, http.TakeAudit(StatusCodes.Status200OK), http.RequestAborted).ConfigureAwait(false);
        return outcome.Outcome switch
        {
            ConditionalWriteOutcome.Written => Stored(http, replacement with { Version = outcome.Version }, context.Json, StatusCodes.Status200OK),
            ConditionalWriteOutcome.NotFound => NotFound(id),
            _ => Stale(),
        };
    }

    /// <param name="gemeenteCode">De gemeente, bijvoorbeeld GM0014.</param>
    /// <param name="id">Het id van de prognose (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="data">The reference data.</param>
    /// <param name="repository">The stored forecasts.</param>
    private static async Task<IResult> Delete(string gemeenteCode, string id, HttpContext http, ReferenceDataSet data, IForecastRepository repository)
    {
        var (current, problem) = await FindAsync(gemeenteCode, id, data, repository, http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var (expected, preconditionProblem) = IfMatch.Check(http, current!.Version, Forecast);
        if (preconditionProblem is not null)
        {
            return preconditionProblem;
        }

        return await repository.DeleteAsync(gemeenteCode, current!.Id, expected, http.TakeAudit(StatusCodes.Status204NoContent), http.RequestAborted).ConfigureAwait(false) switch
        {
            ConditionalWriteOutcome.Written => TypedResults.NoContent(),
            ConditionalWriteOutcome.NotFound => NotFound(id),
            _ => Stale(),
        };
    }

    /// <param name="gemeenteCode">De gemeente, bijvoorbeeld GM0014.</param>
    /// <param name="id">Het id van de prognose (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="context">The services a write needs.</param>
    private static async Task<IResult> Recompute(string gemeenteCode, string id, HttpContext http, ForecastWriteServices context)
    {
        var (record, problem) = await FindAsync(gemeenteCode, id, context.Data, context.Repository, http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var input = JsonSerializer.Deserialize<SaveForecastRequest>(record!.RequestJson, context.Json)!;
        var errors = new InputErrorsBuilder();
        var outcome = ForecastCalculator.Calculate(context.Catalogue, context.Data, ForecastRequestReader.Read(input, ScopeFor(gemeenteCode, input, context.Data, errors), errors)!);
        if (!outcome.IsValid)
        {
            // Stored input was valid when saved; the parameters of now may refuse it.
            return InputProblems.Of(outcome.Errors);
        }

        var current = ForecastResponse.Of(outcome.Value);
        using var stored = JsonDocument.Parse(record.ResultJson);
        var storedRows = ForecastRows.From(stored.RootElement);
        var currentRows = ForecastRows.From(JsonSerializer.SerializeToElement(current, context.Json));
        var changes = storedRows.Select(r => (r.Jaar, r.Soort, r.Post)).Union(currentRows.Select(r => (r.Jaar, r.Soort, r.Post)))
            .Select(key =>
            {
                var before = storedRows.FirstOrDefault(r => (r.Jaar, r.Soort, r.Post) == key)?.Waarde;
                var after = currentRows.FirstOrDefault(r => (r.Jaar, r.Soort, r.Post) == key)?.Waarde;
                return new ForecastChangeResponse(key.Jaar, key.Soort, key.Post, before, after, before is { } b && after is { } a ? a - b : null);
            })
            .Where(c => c.Opgeslagen != c.Huidig)
            .ToArray();
        http.Response.Headers.ETag = IfMatch.ETagOf(record.Version);
        return TypedResults.Ok(new ForecastRecomputationResponse(record.Id, record.Version, record.ParameterVersion, current.ParameterVersie, record.ParameterVersion != current.ParameterVersie, changes, current));
    }

    private sealed record SavedForecast(string Name, string RequestText, string ParameterVersion, byte[] ResultJson);

    private static async Task<(SavedForecast? Saved, IResult? Problem)> ComputeAsync(string gemeenteCode, HttpContext http, ForecastWriteServices context)
    {
        var input = await CheckedBody.CalculateAsync(
            http,
            (SaveForecastRequest body, InputErrorsBuilder errors) => Read(gemeenteCode, body, context.Data, errors),
            request => ForecastCalculator.Validate(context.Catalogue, context.Data, request),
            request => ForecastCalculator.Calculate(context.Catalogue, context.Data, request)).ConfigureAwait(false);
        if (input.Problem is { } problem)
        {
            return (null, problem);
        }

        var response = ForecastResponse.Of(input.Result!);
        return (new SavedForecast(input.Body!.Naam!, input.Text, input.Result!.ParameterVersion, JsonSerializer.SerializeToUtf8Bytes(response, context.Json)), null);
    }

    /// <summary>A stored forecast's body: a name, at most the path's gemeente, and a region only of which it is the centrumgemeente.</summary>
    private static ForecastRequest? Read(string gemeenteCode, SaveForecastRequest body, ReferenceDataSet data, InputErrorsBuilder errors)
    {
        if (Shape.Required(body.Naam, "naam", "de naam van de prognose", errors) && body.Naam!.Length > 200)
        {
            errors.Add("naam", "De naam is hoogstens 200 tekens.");
        }
        else if (body.Naam is { } name && DisplayName.HasHiddenCharacters(name))
        {
            errors.Add("naam", DisplayName.HiddenCharactersProblem);
        }

        if (body.GemeenteCode is { } named && named != gemeenteCode)
        {
            errors.Add("gemeenteCode", $"De prognose hoort bij {gemeenteCode} (het pad); laat gemeenteCode weg of geef dezelfde code.");
        }

        return ForecastRequestReader.Read(body, ScopeFor(gemeenteCode, body, data, errors), errors);
    }

    /// <summary>The path's gemeente, or the region of the body of which that gemeente is the centrumgemeente.</summary>
    private static ForecastScope? ScopeFor(string gemeenteCode, CreateForecastCalculationRequest input, ReferenceDataSet data, InputErrorsBuilder errors)
    {
        if (input.ArbeidsmarktregioCode is null)
        {
            return ForecastScope.ForMunicipality(MunicipalityCode.Parse(gemeenteCode));
        }

        if (Shape.Region(input.ArbeidsmarktregioCode, string.Empty, -1, errors) is not { } region)
        {
            return null;
        }

        if (data.FindRegion(region) is { } found && found.CentralMunicipality.Value != gemeenteCode)
        {
            errors.Add("arbeidsmarktregioCode", $"Een regioprognose voor {region} bewaart de centrumgemeente {found.CentralMunicipality}, niet {gemeenteCode}.");
        }

        return ForecastScope.ForRegion(region);
    }

    private static async Task<(ForecastRecord? Record, IResult? Problem)> FindAsync(string gemeenteCode, string id, ReferenceDataSet data, IForecastRepository repository, HttpContext http)
    {
        if (UnknownMunicipality(gemeenteCode, data) is { } missing)
        {
            return (null, missing);
        }

        if (!ResourceIds.IsGuid(id))
        {
            return (null, InputProblems.Of("id", ResourceIds.NotAGuid(id)));
        }

        var record = await repository.FindAsync(gemeenteCode, Guid.ParseExact(id, "D").ToString("D"), http.RequestAborted).ConfigureAwait(false);
        return record is null ? (null, NotFound(id)) : (record, null);
    }

    // Written straight into UTF-8: the header fields, then the stored request and result JSON as raw values (checked
    // to be JSON, not parsed into nodes and written again).
    private static Utf8JsonResult Stored(HttpContext http, ForecastRecord record, JsonSerializerOptions json, int status)
    {
        var header = JsonSerializer.SerializeToElement(new StoredForecastHeader(record.Id, Href(record), record.MunicipalityCode, record.Name, record.Version, record.ParameterVersion, record.CreatedAt.ToDateTimeOffset(), record.ModifiedAt.ToDateTimeOffset()), json);
        var body = new ArrayBufferWriter<byte>(record.RequestJson.Length + record.ResultJson.Length + 1024);
        using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = json.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var property in header.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WritePropertyName("invoer");
            writer.WriteRawValue(record.RequestJson);
            writer.WritePropertyName("resultaat");
            writer.WriteRawValue(record.ResultJson.Span);
            writer.WriteEndObject();
        }

        http.Response.Headers.ETag = IfMatch.ETagOf(record.Version);
        return new Utf8JsonResult(body.WrittenMemory, status);
    }

    /// <summary>The fields of <see cref="StoredForecastResponse"/> before <c>invoer</c> and <c>resultaat</c>, which are stored JSON text.</summary>
    private sealed record StoredForecastHeader(string Id, string Href, string GemeenteCode, string Naam, long Versie, string ParameterVersie, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);

    private static string Href(ForecastRecord record) => $"/v1/gemeenten/{record.MunicipalityCode}/prognoses/{record.Id}";

    private static IResult? UnknownMunicipality(string code, ReferenceDataSet data) => MunicipalityInPath.Find(code, "gemeenteCode", data).Problem;

    private static IResult NotFound(string id) => DutchProblems.NotFound($"Er is geen prognose met id '{id}' bij deze gemeente.");

    private static IResult Stale() => IfMatch.Lost(Forecast);

    /// <summary>The resource, as the If-Match problems name it.</summary>
    private const string Forecast = "de prognose";
}
