using System.Text;
using System.Text.Json;
using NodaTime;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Common.Export;
using Onderwijsroute.Funding.Api.V1.Scenarios.Export;
using Onderwijsroute.Funding.Scenarios;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// Deterministic runs of a scenario (Dutch: <em>doorrekeningen</em>): <c>POST /v1/scenarios/{id}/doorrekeningen</c>
/// runs and stores one (with its own copy of the scenario); the runs are listed per scenario and overall, and
/// <c>/v1/doorrekeningen/{id}</c> reads one back (also as CSV or xlsx), its gemeente lines per page and as a download.
/// </summary>
internal static class ScenarioRunsEndpoints
{
    public const string Path = "/v1/doorrekeningen";

    private const string Tag = "Doorrekeningen";

    public static IEndpointRouteBuilder MapScenarioRuns(this IEndpointRouteBuilder app)
    {
        app.MapScenarioWork("/doorrekeningen", Create)
            .WithName("createDoorrekening")
            .WithSummary("Reken een scenario door")
            .WithDescription("Deterministische doorrekening: per jaar de uitgaven van het Rijk per regeling, de kosten van gemeenten, het tekort (totaal en per deelnemer), het aantal gemeenten met een tekort, de verdeling van de tekorten en per arbeidsmarktregio; de regels per gemeente staan onder 'gemeenten'. Vastgelegd met engine-, parameterversie en een eigen kopie van het scenario; het antwoord is 201 met Location.");
        app.MapScenarioResultList(
            "doorrekeningen",
            ListOfScenario,
            "listScenarioDoorrekeningen",
            "De doorrekeningen van een scenario",
            StoredResultRoutes.PagedListDescription("De vastgelegde doorrekeningen van het scenario", string.Empty));
        app.MapResultList(
            Path,
            Tag,
            List,
            "listDoorrekeningen",
            "Alle doorrekeningen",
            StoredResultRoutes.PagedListDescription("De vastgelegde doorrekeningen", "scenario (ook een verwijderd scenario), "));
        var run = app.MapGuidResources(Path, Tag);
        run.MapExportableResult<ScenarioRunResponse>("/{id}", Get)
            .WithName("getDoorrekening")
            .WithSummary("Een doorrekening")
            .WithDescription("De vastgelegde doorrekening, precies zoals de POST haar gaf; of als CSV of xlsx (landelijke kengetallen, tekortverdeling, arbeidsmarktregio's en aannames) met ?formaat=csv|csv-excel|xlsx of met Accept: text/csv of het xlsx-mediatype.");
        run.MapGet("/{id}/gemeenten", Lines)
            .WithName("listDoorrekeningGemeenten")
            .WithSummary("Regels per gemeente van een doorrekening")
            .WithDescription($"Per jaar en gemeente de instroom, kosten, inkomsten per regeling en het tekort, per pagina (optioneel één jaar; paginaGrootte 1 tot en met {Page.MaxSize}, standaard 100; de Link-header wijst de andere pagina's aan).");
        run.MapGet("/{id}/gemeenten-export", Export)
            .WithName("exportDoorrekeningGemeenten")
            .RequireRateLimiting(SecuritySetup.HeavyPolicy)
            .WithSummary("Download van alle gemeenteregels")
            .WithDescription("Alle regels per jaar en gemeente als CSV (formaat=csv, standaard; punt als decimaalteken), CSV voor Nederlandse Excel (formaat=csv-excel) of Excel (formaat=xlsx), met eerst wat de download is.")
            .WithMetadata(ResponseFormats.Exports.FilesOnly)
            .Produces(StatusCodes.Status200OK, contentType: ResponseFormats.CsvMediaType, additionalContentTypes: ResponseFormats.XlsxMediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The 400 for a stored scenario the parameters in force no longer accept (e.g. an overridden parameter that is gone).</summary>
    public static ValidationProblem StoredScenarioInvalid(string id) =>
        InputProblems.Of("id", $"Het vastgelegde scenario '{id}' is met de parameters die nu gelden niet meer geldig (bijvoorbeeld een overschreven parameter die niet meer bestaat); leg het opnieuw vast.");

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="scenarios">The scenarios.</param>
    /// <param name="runs">The runs.</param>
    /// <param name="store">The scenario store.</param>
    /// <param name="clock">The clock.</param>
    private static async Task<Results<CreatedStoredJson<ScenarioRunResponse>, ValidationProblem, NotFoundProblem>> Create(string id, HttpContext http, IScenarioRepository scenarios, IScenarioRunRepository runs, ScenarioStore store, IClock clock)
    {
        var record = await scenarios.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return ScenarioIds.NotFound(id);
        }

        var definition = store.Definition(record.InputJson);
        if (!definition.IsValid)
        {
            return StoredScenarioInvalid(id);
        }

        var run = ScenarioEngine.Run(definition.Value);
        var (runId, now) = ResourceIds.NewV7(clock);
        var response = JsonSerializer.Serialize(ScenarioMapping.Run(runId, record.Id, now.ToDateTimeOffset(), run), store.Json);
        var lines = JsonSerializer.Serialize(ScenarioMapping.Lines(run), store.Json);
        await runs.AddRunAsync(new ScenarioRunRecord(runId, record.Id, record.Name, run.EngineVersion, run.ParameterVersion, run.InputHash, record.InputJson, response, lines, now), http.TakeAudit(StatusCodes.Status201Created), http.RequestAborted).ConfigureAwait(false);
        return new CreatedStoredJson<ScenarioRunResponse>($"{Path}/{runId}", Encoding.UTF8.GetBytes(response));
    }

    /// <param name="http">The request.</param>
    /// <param name="runs">The runs.</param>
    /// <param name="scenario">Alleen de doorrekeningen van dit scenario (ook een verwijderd scenario).</param>
    /// <param name="aangemaaktVan">Alleen de doorrekeningen van deze dag (jjjj-mm-dd, Nederlandse tijd) of later.</param>
    /// <param name="aangemaaktTotEnMet">Alleen de doorrekeningen van deze dag (jjjj-mm-dd, Nederlandse tijd) of eerder.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 1000 (standaard 20).</param>
    private static Task<Results<Ok<ScenarioRunListResponse>, ValidationProblem>> List(HttpContext http, IScenarioRunRepository runs, string? scenario, string? aangemaaktVan, string? aangemaaktTotEnMet, int? pagina, int? paginaGrootte) =>
        StoredResults.PageAsync(ResultListQuery.Read(pagina, paginaGrootte, scenario, aangemaaktVan, aangemaaktTotEnMet), (page, filter) => PageAsync(http, runs, page, filter));

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="scenarios">The scenarios.</param>
    /// <param name="runs">The runs.</param>
    /// <param name="aangemaaktVan">Alleen de doorrekeningen van deze dag (jjjj-mm-dd, Nederlandse tijd) of later.</param>
    /// <param name="aangemaaktTotEnMet">Alleen de doorrekeningen van deze dag (jjjj-mm-dd, Nederlandse tijd) of eerder.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 1000 (standaard 20).</param>
    private static Task<Results<Ok<ScenarioRunListResponse>, ValidationProblem, NotFoundProblem>> ListOfScenario(string id, HttpContext http, IScenarioRepository scenarios, IScenarioRunRepository runs, string? aangemaaktVan, string? aangemaaktTotEnMet, int? pagina, int? paginaGrootte) =>
        StoredResults.ScenarioPageAsync(id, http, scenarios, ResultListQuery.Read(pagina, paginaGrootte, id, aangemaaktVan, aangemaaktTotEnMet), (page, filter) => PageAsync(http, runs, page, filter));

    private static Task<Ok<ScenarioRunListResponse>> PageAsync(HttpContext http, IScenarioRunRepository runs, Page page, ListFilter filter) =>
        PageAnswer.OfAsync(http, page, runs.ListRunsAsync(filter, page.Offset, page.Size, http.RequestAborted), (summaries, total) => new ScenarioRunListResponse(page.Number, page.Size, total, summaries.Select(r => new ScenarioRunSummaryResponse(
            r.Id, $"{Path}/{r.Id}", r.ScenarioId, r.ScenarioName, r.EngineVersion, r.ParameterVersion, r.InputHash, r.CreatedAt.ToDateTimeOffset())).ToArray()));

    /// <param name="id">Het id van de doorrekening (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="runs">The runs.</param>
    /// <param name="store">The scenario store (JSON options).</param>
    /// <param name="catalogue">The regelingen (names in an export).</param>
    /// <param name="formaat">Optioneel: json (standaard), csv (RFC 4180), csv-excel (puntkomma en decimale komma, voor Nederlandse Excel) of xlsx.</param>
    private static async Task<IResult> Get(string id, HttpContext http, IScenarioRunRepository runs, ScenarioStore store, ParameterCatalogue catalogue, string? formaat)
    {
        _ = formaat; // read by ResponseFormats from the query; a parameter so that the contract documents it
        var run = await runs.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (run is null)
        {
            return NotFound(id);
        }

        return StoredResults.JsonOrFile<ScenarioRunResponse>(http, run.ResultJson, store.Json, response => ScenarioRunExport.Of(run, response, catalogue));
    }

    /// <param name="id">Het id van de doorrekening.</param>
    /// <param name="http">The request.</param>
    /// <param name="runs">The runs.</param>
    /// <param name="store">The scenario store (JSON options).</param>
    /// <param name="jaar">Alleen dit jaar (optioneel).</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 1000 (standaard 100).</param>
    private static async Task<Results<Ok<MunicipalityLinesResponse>, ValidationProblem, NotFoundProblem>> Lines(string id, HttpContext http, IScenarioRunRepository runs, ScenarioStore store, int? jaar, int? pagina, int? paginaGrootte)
    {
        var (page, invalid) = Page.From(pagina, paginaGrootte, defaultSize: 100);
        if (invalid is not null)
        {
            return invalid;
        }

        if (await runs.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false) is not { } run)
        {
            return NotFound(id);
        }

        var lines = LinesOf(run, store);
        var selected = jaar is { } year ? lines.Where(l => l.Jaar == year).ToArray() : lines;
        if (jaar is { } asked && selected.Length == 0)
        {
            return InputProblems.Of("jaar", $"De doorrekening bevat het jaar {asked} niet.");
        }

        PageLinks.Write(http, page, selected.Length);
        return TypedResults.Ok(new MunicipalityLinesResponse(page.Number, page.Size, selected.Length, selected.Skip(page.Offset).Take(page.Size).ToArray()));
    }

    /// <param name="id">Het id van de doorrekening.</param>
    /// <param name="http">The request.</param>
    /// <param name="runs">The runs.</param>
    /// <param name="store">The scenario store (JSON options).</param>
    /// <param name="formaat">csv (standaard; RFC 4180), csv-excel (puntkomma en decimale komma, voor Nederlandse Excel) of xlsx.</param>
    private static async Task<IResult> Export(string id, HttpContext http, IScenarioRunRepository runs, ScenarioStore store, string? formaat)
    {
        _ = formaat; // read by ResponseFormats from the query; a parameter so that the contract documents it
        if (await runs.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false) is not { } run)
        {
            return NotFound(id);
        }

        return ExportFile.Of(ResponseFormats.Choose(http.Request).Format, MunicipalityLineExport.Of(run, Response(run, store), LinesOf(run, store)));
    }

    private static ScenarioRunResponse Response(ScenarioRunRecord run, ScenarioStore store) => JsonSerializer.Deserialize<ScenarioRunResponse>(run.ResultJson, store.Json)!;

    private static MunicipalityLineResponse[] LinesOf(ScenarioRunRecord run, ScenarioStore store) => JsonSerializer.Deserialize<MunicipalityLineResponse[]>(run.MunicipalitiesJson, store.Json)!;

    private static NotFoundProblem NotFound(string id) => new($"Er is geen doorrekening met id '{id}'.");
}
