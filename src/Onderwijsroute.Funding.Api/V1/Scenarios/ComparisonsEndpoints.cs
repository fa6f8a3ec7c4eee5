using System.Text;
using System.Text.Json;
using NodaTime;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Scenarios.Export;
using Onderwijsroute.Funding.Scenarios;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// <c>/v1/vergelijkingen</c>: two to five stored runs side by side. Each run is repeated from its stored input with the
/// parameters the service runs with, and refused when those or the engine have changed since it was made. A comparison
/// is stored like every other result: listed, read again byte for byte, and exported.
/// </summary>
internal static class ComparisonsEndpoints
{
    public const string Path = "/v1/vergelijkingen";

    private const string Tag = "Vergelijkingen";

    public static IEndpointRouteBuilder MapComparisons(this IEndpointRouteBuilder app)
    {
        app.MapMinistryGroup(Path, Tag).MapPost(string.Empty, Create)
            .RequireRateLimiting(SecuritySetup.HeavyPolicy)
            .WithName("createVergelijking")
            .WithSummary("Vergelijk doorrekeningen")
            .WithDescription("Twee tot en met vijf doorrekeningen naast elkaar: per jaar en in totaal de verschillen van elk landelijk kengetal met de eerste, en de gemeenten die omslaan tussen overschot en tekort. De doorrekeningen worden uit hun vastgelegde invoer herhaald en moeten met de huidige engine- en parameterversie zijn gemaakt. De vergelijking wordt vastgelegd: 201 met Location.")
            .WithMetadata(new JsonRequestBody(typeof(CreateComparisonRequest), """{ "doorrekeningen": [ "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c" ] }"""));
        app.MapResultList(
            Path,
            Tag,
            List,
            "listVergelijkingen",
            "Vastgelegde vergelijkingen",
            StoredResultRoutes.PagedListDescription("De vastgelegde vergelijkingen", "scenario (een van de vergeleken doorrekeningen is ervan), doorrekening, "));
        app.MapGuidResources(Path, Tag).MapExportableResult<ComparisonResponse>("/{id}", Get)
            .WithName("getVergelijking")
            .WithSummary("Een vastgelegde vergelijking")
            .WithDescription("De vergelijking precies zoals de POST haar gaf; of als CSV of xlsx (elk kengetal per doorrekening met het verschil, en de omslagen) met ?formaat=csv|csv-excel|xlsx of met Accept: text/csv of het xlsx-mediatype.");
        return app;
    }

    /// <param name="http">The request.</param>
    /// <param name="runs">The runs.</param>
    /// <param name="comparisons">The comparisons.</param>
    /// <param name="store">The scenario store.</param>
    /// <param name="clock">The clock.</param>
    private static async Task<Results<CreatedStoredJson<ComparisonResponse>, BodyProblem>> Create(HttpContext http, IScenarioRunRepository runs, IComparisonRepository comparisons, ScenarioStore store, IClock clock)
    {
        var body = await JsonBody.ReadAsync<CreateComparisonRequest>(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return new BodyProblem(problem);
        }

        var ids = body.Value!.Doorrekeningen;
        if (ids is null || ids.Count < ScenarioComparer.MinRuns || ids.Count > ScenarioComparer.MaxRuns)
        {
            return BodyProblem.Of(InputErrors.Of("doorrekeningen", ScenarioComparer.CountMessage));
        }

        var errors = new InputErrorsBuilder();
        var repeated = new List<(ScenarioRunRecord Record, ScenarioRunResult Run)>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (await RepeatAsync(ids[i], $"doorrekeningen[{i}]", http, runs, store, errors).ConfigureAwait(false) is { } run)
            {
                repeated.Add(run);
            }
        }

        var comparison = errors.IsEmpty ? ScenarioComparer.Compare(repeated.Select(r => r.Run).ToArray()) : Validated.Invalid<ScenarioComparison>(errors.ToErrors());
        if (!comparison.IsValid)
        {
            return BodyProblem.Of(comparison.Errors);
        }

        var (id, now) = ResourceIds.NewV7(clock);
        var parameterVersion = repeated[0].Run.ParameterVersion;
        var runIds = repeated.Select(r => r.Record.Id).ToArray();
        var response = JsonSerializer.Serialize(ScenarioMapping.Comparison(id, runIds, comparison.Value, parameterVersion, now.ToDateTimeOffset()), store.Json);
        var compared = repeated.Select(r => new ComparedRun(r.Record.Id, r.Record.ScenarioId, r.Record.ScenarioName)).ToArray();
        await comparisons.AddComparisonAsync(new ComparisonRecord(id, ScenarioEngine.Version, parameterVersion, compared, body.Text, response, now), http.TakeAudit(StatusCodes.Status201Created), http.RequestAborted).ConfigureAwait(false);
        return new CreatedStoredJson<ComparisonResponse>($"{Path}/{id}", Encoding.UTF8.GetBytes(response));
    }

    /// <param name="http">The request.</param>
    /// <param name="comparisons">The comparisons.</param>
    /// <param name="scenario">Alleen de vergelijkingen met een doorrekening van dit scenario (ook een verwijderd scenario).</param>
    /// <param name="doorrekening">Alleen de vergelijkingen met deze doorrekening.</param>
    /// <param name="aangemaaktVan">Alleen de vergelijkingen van deze dag (jjjj-mm-dd, Nederlandse tijd) of later.</param>
    /// <param name="aangemaaktTotEnMet">Alleen de vergelijkingen van deze dag (jjjj-mm-dd, Nederlandse tijd) of eerder.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 1000 (standaard 20).</param>
    private static Task<Results<Ok<ComparisonListResponse>, ValidationProblem>> List(HttpContext http, IComparisonRepository comparisons, string? scenario, string? doorrekening, string? aangemaaktVan, string? aangemaaktTotEnMet, int? pagina, int? paginaGrootte) =>
        StoredResults.PageAsync(
            ResultListQuery.Read(pagina, paginaGrootte, scenario, aangemaaktVan, aangemaaktTotEnMet, doorrekening: doorrekening),
            (page, filter) => PageAnswer.OfAsync(http, page, comparisons.ListComparisonsAsync(filter, page.Offset, page.Size, http.RequestAborted), (summaries, total) => new ComparisonListResponse(page.Number, page.Size, total, summaries.Select(c => new ComparisonSummaryResponse(
                c.Id,
                $"{Path}/{c.Id}",
                c.Runs.Select(r => r.RunId).ToArray(),
                c.Runs.Select(r => r.ScenarioId).ToArray(),
                c.Runs.Select(r => r.ScenarioName).ToArray(),
                c.EngineVersion,
                c.ParameterVersion,
                c.CreatedAt.ToDateTimeOffset())).ToArray())));

    /// <param name="id">Het id van de vergelijking (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="comparisons">The comparisons.</param>
    /// <param name="store">The scenario store (JSON options).</param>
    /// <param name="catalogue">The regelingen (names in an export).</param>
    /// <param name="formaat">Optioneel: json (standaard), csv (RFC 4180), csv-excel (puntkomma en decimale komma, voor Nederlandse Excel) of xlsx.</param>
    private static async Task<IResult> Get(string id, HttpContext http, IComparisonRepository comparisons, ScenarioStore store, ParameterCatalogue catalogue, string? formaat)
    {
        _ = formaat; // read by ResponseFormats from the query; a parameter so that the contract documents it
        var record = await comparisons.FindComparisonAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return new NotFoundProblem($"Er is geen vergelijking met id '{id}'.");
        }

        return StoredResults.JsonOrFile<ComparisonResponse>(http, record.ResultJson, store.Json, response => ComparisonExport.Of(record, response, catalogue));
    }

    /// <summary>A stored run repeated from its stored input, or <c>null</c> with the error naming why it cannot be.</summary>
    private static async Task<(ScenarioRunRecord, ScenarioRunResult)?> RepeatAsync(string? id, string field, HttpContext http, IScenarioRunRepository runs, ScenarioStore store, InputErrorsBuilder errors)
    {
        var record = string.IsNullOrWhiteSpace(id) ? null : await runs.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            errors.Add(field, $"Er is geen doorrekening met id '{id}'.");
            return null;
        }

        var definition = store.Definition(record.InputJson);
        if (!definition.IsValid)
        {
            errors.Add(field, "Het scenario van deze doorrekening is met de huidige parameters niet meer geldig; het kan niet worden herhaald.");
            return null;
        }

        var scenario = definition.Value;
        if (record.EngineVersion != ScenarioEngine.Version || record.ParameterVersion != scenario.Catalogue.Version || record.InputHash != scenario.InputHash)
        {
            errors.Add(field, $"De doorrekening is gemaakt met engineversie {record.EngineVersion} en parameterversie {record.ParameterVersion}; de dienst rekent nu met {ScenarioEngine.Version} en {scenario.Catalogue.Version}. Reken het scenario opnieuw door.");
            return null;
        }

        return (record, ScenarioEngine.Run(scenario));
    }
}
