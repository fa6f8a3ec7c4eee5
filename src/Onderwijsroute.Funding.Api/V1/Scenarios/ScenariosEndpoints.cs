using System.Text.Json;
using NodaTime;
using Onderwijsroute.Funding.Api.Http;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Common;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Persistence;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// <c>/v1/scenarios</c> (create, list, read; run; start an uncertainty analysis), <c>/v1/doorrekeningen</c> (a stored
/// run, its gemeente lines per page and as CSV/xlsx), <c>/v1/vergelijkingen</c> and <c>/v1/onzekerheidsanalyses</c>
/// (status, result, cancel). Scenario input is checked by the domain, which names every wrong field at once.
/// </summary>
internal static class ScenariosEndpoints
{
    private const string ScenariosPath = "/v1/scenarios";
    private const string RunsPath = "/v1/doorrekeningen";
    private const string AnalysesPath = "/v1/onzekerheidsanalyses";

    public static IEndpointRouteBuilder MapScenarios(this IEndpointRouteBuilder app)
    {
        var scenarios = app.MapGroup(ScenariosPath).WithTags("Scenario's").RequireAuthorization(ApiRoles.MinistryPolicy);
        scenarios.MapPost(string.Empty, CreateScenario)
            .WithName("createScenario")
            .WithSummary("Leg een scenario vast")
            .WithDescription("Een scenario voor de financiering na 2025: overschrijvingen van parameters, jaren (2022-2030), een landelijke projectie van deelnemers, de spreiding over gemeenten en prijsaannames, elke aanname met status en bron. Een 400 noemt elk ongeldig veld.")
            .WithMetadata(new JsonRequestBody(typeof(CreateScenarioRequest), ExampleScenario))
            .Produces<ScenarioResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        scenarios.MapGet(string.Empty, ListScenarios)
            .WithName("listScenarios")
            .WithSummary("Scenario's")
            .WithDescription("De vastgelegde scenario's, de vier kant-en-klare eerst, per pagina (pagina vanaf 1, paginaGrootte 1 tot en met 100, standaard 20).")
            .Produces<ScenarioListResponse>()
            .ProducesValidationProblem();
        scenarios.MapGet("/{id}", GetScenario)
            .WithName("getScenario")
            .WithSummary("Een scenario")
            .WithDescription("Het scenario zoals opgegeven, met zijn aannames en de parameterversie.")
            .Produces<ScenarioResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        scenarios.MapPost("/{id}/doorrekeningen", CreateRun)
            .WithName("createDoorrekening")
            .RequireRateLimiting(SecuritySetup.HeavyPolicy)
            .WithSummary("Reken een scenario door")
            .WithDescription("Deterministische doorrekening: per jaar de uitgaven van het Rijk per regeling, de kosten van gemeenten, het tekort (totaal en per deelnemer), het aantal gemeenten met een tekort, de verdeling van de tekorten en per arbeidsmarktregio; de regels per gemeente staan onder 'gemeenten'. Vastgelegd met engine-, parameterversie en invoer; het antwoord is 201 met Location.")
            .Produces<DoorrekeningResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        scenarios.MapPost("/{id}/onzekerheidsanalyses", CreateAnalysis)
            .WithName("createOnzekerheidsanalyse")
            .RequireRateLimiting(SecuritySetup.HeavyPolicy)
            .WithSummary("Start een onzekerheidsanalyse")
            .WithDescription("Monte Carlo: deelnemers per jaar lognormaal getrokken, multinomiaal over gemeenten verdeeld, desgewenst een onzekere trajectprijs. Het antwoord is 202 met Location van de statusresource; het aantal gelijktijdige analyses is begrensd, de rest wacht. Wachtende en lopende analyses zijn begrensd per sleutel (429) en voor de hele dienst (503), beide met Retry-After; na een herstart van de dienst worden ze hervat.")
            .WithMetadata(new JsonRequestBody(typeof(CreateSimulationRequest), """{ "trekkingen": 1000, "seed": 2026 }"""))
            .Produces<OnzekerheidsanalyseStatusResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var runs = app.MapGroup(RunsPath).WithTags("Doorrekeningen").RequireAuthorization(ApiRoles.MinistryPolicy);
        runs.MapGet("/{id}", GetRun)
            .WithName("getDoorrekening")
            .WithSummary("Een doorrekening")
            .WithDescription("De vastgelegde doorrekening, precies zoals de POST haar gaf.")
            .Produces<DoorrekeningResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/gemeenten", GetLines)
            .WithName("listDoorrekeningGemeenten")
            .WithSummary("Regels per gemeente van een doorrekening")
            .WithDescription("Per jaar en gemeente de instroom, kosten, inkomsten per regeling en het tekort, per pagina (optioneel één jaar).")
            .Produces<GemeenteRegelsResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/gemeenten-export", Export)
            .WithName("exportDoorrekeningGemeenten")
            .RequireRateLimiting(SecuritySetup.HeavyPolicy)
            .WithSummary("Download van alle gemeenteregels")
            .WithDescription("Alle regels per jaar en gemeente als CSV (formaat=csv, punt als decimaalteken) of Excel (formaat=xlsx).")
            .Produces(StatusCodes.Status200OK, contentType: GemeenteRegelExport.CsvMediaType, additionalContentTypes: GemeenteRegelExport.XlsxMediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGroup("/v1/vergelijkingen").WithTags("Vergelijkingen").RequireAuthorization(ApiRoles.MinistryPolicy).MapPost(string.Empty, Compare)
            .RequireRateLimiting(SecuritySetup.HeavyPolicy)
            .WithName("createVergelijking")
            .WithSummary("Vergelijk doorrekeningen")
            .WithDescription("Twee tot en met vijf doorrekeningen naast elkaar: per jaar en in totaal de verschillen van elk landelijk kengetal met de eerste, en de gemeenten die omslaan tussen overschot en tekort. De doorrekeningen worden uit hun vastgelegde invoer herhaald en moeten met de huidige engine- en parameterversie zijn gemaakt.")
            .WithMetadata(new JsonRequestBody(typeof(CreateComparisonRequest), """{ "doorrekeningen": [ "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c" ] }"""))
            .Produces<VergelijkingResponse>()
            .ProducesValidationProblem();

        var analyses = app.MapGroup(AnalysesPath).WithTags("Onzekerheidsanalyses").RequireAuthorization(ApiRoles.MinistryPolicy);
        analyses.MapGet("/{id}", GetAnalysis)
            .WithName("getOnzekerheidsanalyse")
            .WithSummary("Status van een onzekerheidsanalyse")
            .WithDescription("Status en voortgang (percentage, trekkingen gedaan); zodra de status 'gereed' is, verwijst 'resultaat' naar de uitkomst.")
            .Produces<OnzekerheidsanalyseStatusResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        analyses.MapGet("/{id}/resultaat", GetAnalysisResult)
            .WithName("getOnzekerheidsanalyseResultaat")
            .WithSummary("Resultaat van een onzekerheidsanalyse")
            .WithDescription("P5-, P50- en P95-banden per jaar voor elk landelijk kengetal (exact) en voor het tekort van elke gemeente (schatting met vermelde maximale afwijking).")
            .Produces<OnzekerheidsanalyseResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        analyses.MapDelete("/{id}", CancelAnalysis)
            .WithName("cancelOnzekerheidsanalyse")
            .WithSummary("Annuleer een onzekerheidsanalyse")
            .WithDescription("Stopt een wachtende of lopende analyse; het antwoord is de status. Een afgeronde analyse blijft zoals zij is.")
            .Produces<OnzekerheidsanalyseStatusResponse>()
            .Produces<OnzekerheidsanalyseStatusResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private const string ExampleScenario = """
        { "naam": "hogere-garantie", "omschrijving": "Toeslag met een garantie van €18.000 per onderwijsroutetraject.", "jaren": { "van": 2026, "totEnMet": 2027 },
          "overschrijvingen": [ { "regeling": "spuk-onderwijsroute-toeslag-2026", "parameter": "gegarandeerde-trajectprijs", "van": "2026-01-01", "waarde": "18000", "reden": "Beleidsoptie" } ],
          "deelnemers": { "perJaar": { "2026": 1000, "2027": 1000 }, "status": "aanname", "bron": "Eigen raming" },
          "spreiding": { "methode": "inwoners", "status": "aanname", "bron": "Huisvesting naar inwonertal" },
          "prijzen": { "prijspeiljaar": 2023, "indexatie": 0.0378, "duurMaanden": 18, "startmaand": 7,
            "perNiveau": { "mbo2": { "gecontracteerd": 15500, "maatwerk": 17000 }, "mbo3": { "gecontracteerd": 16000, "maatwerk": 17500 }, "mbo4": { "gecontracteerd": 16500, "maatwerk": 18000 },
                           "hbo-mei": { "gecontracteerd": 17500, "maatwerk": 19000 }, "hbo-ntg": { "gecontracteerd": 17500, "maatwerk": 19000 },
                           "wo-mei": { "gecontracteerd": 18000, "maatwerk": 19500 }, "wo-ntg": { "gecontracteerd": 18000, "maatwerk": 19500 } },
            "niveauverdeling": { "mbo2": 0.3, "mbo3": 0.2, "mbo4": 0.2, "hbo-mei": 0.1, "hbo-ntg": 0.1, "wo-mei": 0.05, "wo-ntg": 0.05 },
            "status": "aanname", "bron": "AEF: €15.500-€18.000 per traject" },
          "onzekerheid": { "variatiecoefficientDeelnemers": 0.25, "variatiecoefficientPrijs": 0.1, "status": "aanname", "bron": "Eigen aanname" } }
        """;

    private static async Task<IResult> CreateScenario(HttpContext http, ScenarioStore store, ScenarioRepository repository, ParameterCatalogue catalogue, ReferenceDataSet data, IClock clock)
    {
        var body = await JsonBody.ReadAsync<CreateScenarioRequest>(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        ScenarioDefinition definition;
        try
        {
            definition = ScenarioDefinition.Create(body.Value!.ToInput(), catalogue, data);
        }
        catch (ScenarioValidationException e)
        {
            return Invalid(e);
        }

        var id = Guid.CreateVersion7(clock.GetCurrentInstant().ToDateTimeOffset()).ToString("D");
        var record = store.Record(id, definition, JsonSerializer.Serialize(body.Value, store.Json), isReady: false);
        repository.AddScenario(record);
        http.Response.Headers.Location = $"{ScenariosPath}/{id}";
        return TypedResults.Json(store.Response(record), store.Json, statusCode: StatusCodes.Status201Created);
    }

    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 100 (standaard 20).</param>
    private static async Task<IResult> ListScenarios(HttpContext http, ScenarioRepository repository, int? pagina, int? paginaGrootte)
    {
        var (page, invalid) = Page.From(pagina, paginaGrootte, defaultSize: 20, Page.MaxListSize);
        if (invalid is not null)
        {
            return invalid;
        }

        var (records, total) = await repository.ListScenariosAsync(page.Offset, page.Size, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(new ScenarioListResponse(page.Number, page.Size, total, records.Select(r => new ScenarioSummaryResponse(r.Id, $"{ScenariosPath}/{r.Id}", r.Name, r.Description, r.IsReady)).ToArray()));
    }

    /// <param name="id">Het id van het scenario (een GUID, of de naam van een kant-en-klaar scenario).</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="store">The scenario store.</param>
    private static async Task<IResult> GetScenario(string id, HttpContext http, ScenarioRepository repository, ScenarioStore store)
    {
        if (InvalidScenarioId(id) is { } invalid)
        {
            return invalid;
        }

        var record = await repository.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false);
        return record is null ? ScenarioNotFound(id) : TypedResults.Ok(store.Response(record));
    }

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="store">The scenario store.</param>
    /// <param name="clock">The clock.</param>
    private static async Task<IResult> CreateRun(string id, HttpContext http, ScenarioRepository repository, ScenarioStore store, IClock clock)
    {
        if (InvalidScenarioId(id) is { } invalidId)
        {
            return invalidId;
        }

        var record = await repository.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return ScenarioNotFound(id);
        }

        if (Definition(store, record) is not { } definition)
        {
            return StoredScenarioInvalid(id);
        }

        var run = ScenarioEngine.Run(definition);
        var now = clock.GetCurrentInstant();
        var runId = Guid.CreateVersion7(now.ToDateTimeOffset()).ToString("D");
        var response = JsonSerializer.Serialize(ScenarioMapping.Run(runId, record.Id, now.ToDateTimeOffset(), run), store.Json);
        var lines = JsonSerializer.Serialize(ScenarioMapping.Lines(run), store.Json);
        await repository.AddRunAsync(new ScenarioRunRecord(runId, record.Id, run.EngineVersion, run.ParameterVersion, run.InputHash, record.InputJson, response, lines, now), http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.Location = $"{RunsPath}/{runId}";
        return Results.Text(response, "application/json; charset=utf-8", statusCode: StatusCodes.Status201Created);
    }

    /// <param name="id">Het id van de doorrekening (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The runs.</param>
    private static async Task<IResult> GetRun(string id, HttpContext http, ScenarioRepository repository)
    {
        if (InvalidGuid(id) is { } invalid)
        {
            return invalid;
        }

        var run = await repository.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false);
        return run is null ? RunNotFound(id) : Results.Text(run.ResultJson, "application/json; charset=utf-8");
    }

    /// <param name="id">Het id van de doorrekening.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The runs.</param>
    /// <param name="store">The scenario store (JSON options).</param>
    /// <param name="jaar">Alleen dit jaar (optioneel).</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 1000 (standaard 100).</param>
    private static async Task<IResult> GetLines(string id, HttpContext http, ScenarioRepository repository, ScenarioStore store, int? jaar, int? pagina, int? paginaGrootte)
    {
        var (page, invalid) = Page.From(pagina, paginaGrootte, defaultSize: 100, maxSize: 1000);
        if (invalid is not null)
        {
            return invalid;
        }

        if (InvalidGuid(id) is { } invalidId)
        {
            return invalidId;
        }

        var run = await repository.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (run is null)
        {
            return RunNotFound(id);
        }

        var lines = JsonSerializer.Deserialize<GemeenteRegelResponse[]>(run.MunicipalitiesJson, store.Json)!;
        var selected = jaar is { } year ? lines.Where(l => l.Jaar == year).ToArray() : lines;
        if (jaar is { } asked && selected.Length == 0)
        {
            return DutchProblems.InvalidInput("jaar", $"De doorrekening bevat het jaar {asked} niet.");
        }

        return TypedResults.Ok(new GemeenteRegelsResponse(page.Number, page.Size, selected.Length, selected.Skip(page.Offset).Take(page.Size).ToArray()));
    }

    /// <param name="id">Het id van de doorrekening.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The runs.</param>
    /// <param name="store">The scenario store (JSON options).</param>
    /// <param name="formaat">csv of xlsx.</param>
    private static async Task<IResult> Export(string id, HttpContext http, ScenarioRepository repository, ScenarioStore store, string? formaat)
    {
        if (formaat is not ("csv" or "xlsx"))
        {
            return DutchProblems.InvalidInput("formaat", "Verplicht: 'csv' of 'xlsx'.");
        }

        if (InvalidGuid(id) is { } invalidId)
        {
            return invalidId;
        }

        var run = await repository.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (run is null)
        {
            return RunNotFound(id);
        }

        var lines = JsonSerializer.Deserialize<GemeenteRegelResponse[]>(run.MunicipalitiesJson, store.Json)!;
        return formaat == "csv"
            ? Results.File(GemeenteRegelExport.Csv(lines), GemeenteRegelExport.CsvMediaType + "; charset=utf-8", $"doorrekening-{id}-gemeenten.csv")
            : Results.File(GemeenteRegelExport.Xlsx(lines), GemeenteRegelExport.XlsxMediaType, $"doorrekening-{id}-gemeenten.xlsx");
    }

    private static async Task<IResult> Compare(HttpContext http, ScenarioRepository repository, ScenarioStore store)
    {
        var body = await JsonBody.ReadAsync<CreateComparisonRequest>(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var ids = body.Value!.Doorrekeningen;
        if (ids is null || ids.Count < ScenarioComparer.MinRuns || ids.Count > ScenarioComparer.MaxRuns)
        {
            return DutchProblems.InvalidInput("doorrekeningen", $"Geef {ScenarioComparer.MinRuns} tot en met {ScenarioComparer.MaxRuns} ids van doorrekeningen.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var runs = new List<ScenarioRunResult>();
        for (var i = 0; i < ids.Count; i++)
        {
            var field = $"doorrekeningen[{i}]";
            var record = string.IsNullOrWhiteSpace(ids[i]) ? null : await repository.FindRunAsync(ids[i]!, http.RequestAborted).ConfigureAwait(false);
            if (record is null)
            {
                errors[field] = [$"Er is geen doorrekening met id '{ids[i]}'."];
                continue;
            }

            // Repeat the run from its stored input; refuse when the engine or the parameters have changed since.
            ScenarioDefinition definition;
            try
            {
                definition = ScenarioDefinition.Create(JsonSerializer.Deserialize<CreateScenarioRequest>(record.InputJson, store.Json)!.ToInput());
            }
            catch (ScenarioValidationException)
            {
                errors[field] = ["Het scenario van deze doorrekening is met de huidige parameters niet meer geldig; het kan niet worden herhaald."];
                continue;
            }

            if (record.EngineVersion != ScenarioEngine.Version || record.ParameterVersion != definition.Catalogue.Version || record.InputHash != definition.InputHash)
            {
                errors[field] = [$"De doorrekening is gemaakt met engineversie {record.EngineVersion} en parameterversie {record.ParameterVersion}; de dienst rekent nu met {ScenarioEngine.Version} en {definition.Catalogue.Version}. Reken het scenario opnieuw door."];
                continue;
            }

            runs.Add(ScenarioEngine.Run(definition));
        }

        if (errors.Count > 0)
        {
            return DutchProblems.InvalidInput(errors);
        }

        try
        {
            return TypedResults.Ok(ScenarioMapping.Comparison(ids.Select(i => i!).ToArray(), ScenarioComparer.Compare(runs)));
        }
        catch (CalculationInputException e)
        {
            return DutchProblems.InvalidInput(e.Field, e.DutchMessage);
        }
    }

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="store">The scenario store.</param>
    /// <param name="runner">The background runner.</param>
    /// <param name="clock">The clock.</param>
    private static async Task<IResult> CreateAnalysis(string id, HttpContext http, ScenarioRepository repository, ScenarioStore store, UncertaintyAnalysisRunner runner, IClock clock)
    {
        if (InvalidScenarioId(id) is { } invalidId)
        {
            return invalidId;
        }

        var record = await repository.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return ScenarioNotFound(id);
        }

        var body = await JsonBody.ReadAsync<CreateSimulationRequest>(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var request = body.Value!;
        if (Definition(store, record) is not { } definition)
        {
            return StoredScenarioInvalid(id);
        }

        var settings = UncertaintyAnalysisRunner.Settings(request);
        try
        {
            settings.Resolve(definition);
        }
        catch (ScenarioValidationException e)
        {
            return Invalid(e);
        }

        var now = clock.GetCurrentInstant();
        var analysisId = Guid.CreateVersion7(now.ToDateTimeOffset()).ToString("D");
        var simulation = new SimulationRecord(analysisId, record.Id, ScenarioEngine.Version, definition.Catalogue.Version, definition.InputHash, body.Text, UncertaintyAnalysisStatus.Waiting, settings.Draws, 0, null, now, null);
        if (runner.Submit(http, simulation, definition, settings) is { } refused)
        {
            return refused;
        }

        return TypedResults.Accepted($"{AnalysesPath}/{analysisId}", Status(simulation, runner));
    }

    /// <param name="id">Het id van de analyse (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    private static async Task<IResult> GetAnalysis(string id, HttpContext http, ScenarioRepository repository, UncertaintyAnalysisRunner runner)
    {
        if (InvalidGuid(id) is { } invalid)
        {
            return invalid;
        }

        var record = await repository.FindSimulationAsync(id, http.RequestAborted).ConfigureAwait(false);
        return record is null ? AnalysisNotFound(id) : TypedResults.Ok(Status(record, runner));
    }

    /// <param name="id">Het id van de analyse.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    private static async Task<IResult> GetAnalysisResult(string id, HttpContext http, ScenarioRepository repository, UncertaintyAnalysisRunner runner)
    {
        if (InvalidGuid(id) is { } invalid)
        {
            return invalid;
        }

        var record = await repository.FindSimulationAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return AnalysisNotFound(id);
        }

        return record.ResultJson is { } result
            ? Results.Text(result, "application/json; charset=utf-8")
            : DutchProblems.NotFound($"De onzekerheidsanalyse '{id}' heeft (nog) geen resultaat; status: {Status(record, runner).Status}.");
    }

    /// <param name="id">Het id van de analyse.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    private static async Task<IResult> CancelAnalysis(string id, HttpContext http, ScenarioRepository repository, UncertaintyAnalysisRunner runner)
    {
        if (InvalidGuid(id) is { } invalid)
        {
            return invalid;
        }

        var record = await repository.FindSimulationAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return AnalysisNotFound(id);
        }

        return runner.Cancel(id)
            ? TypedResults.Accepted($"{AnalysesPath}/{id}", Status(record, runner))
            : TypedResults.Ok(Status(record, runner));
    }

    private static OnzekerheidsanalyseStatusResponse Status(SimulationRecord record, UncertaintyAnalysisRunner runner)
    {
        var live = runner.Live(record.Id);
        var status = live?.Status ?? (UncertaintyAnalysisStatus.IsFinal(record.Status) ? record.Status : UncertaintyAnalysisStatus.Interrupted);
        var done = Math.Max(live?.DrawsDone ?? 0, record.DrawsDone);
        var percentage = record.Draws == 0 ? 100 : (int)(100L * done / record.Draws);
        return new OnzekerheidsanalyseStatusResponse(
            record.Id, record.ScenarioId, status, new VoortgangResponse(percentage, done, record.Draws),
            status == UncertaintyAnalysisStatus.Done ? $"{AnalysesPath}/{record.Id}/resultaat" : null,
            record.CreatedAt.ToDateTimeOffset(), record.FinishedAt?.ToDateTimeOffset(), live is null ? record.Reason : live.Value.Reason);
    }

    private static IResult? InvalidGuid(string id) =>
        Guid.TryParseExact(id, "D", out _) ? null : DutchProblems.InvalidInput("id", $"'{id}' is geen geldig id (een GUID zoals 0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b).");

    /// <summary>A scenario id is a GUID or the kebab-case name of a ready scenario.</summary>
    private static IResult? InvalidScenarioId(string id) =>
        id.Length is > 0 and <= 100 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? null
            : DutchProblems.InvalidInput("id", $"'{id}' is geen geldig scenario-id (een GUID of de naam van een kant-en-klaar scenario).");

    private static IResult Invalid(ScenarioValidationException e) =>
        DutchProblems.InvalidInput(e.Errors.GroupBy(x => x.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray(), StringComparer.Ordinal));

    /// <summary>A stored scenario checked again against the parameters in force; null when they no longer accept it.</summary>
    private static ScenarioDefinition? Definition(ScenarioStore store, ScenarioRecord record)
    {
        try
        {
            return store.Definition(record);
        }
        catch (ScenarioValidationException)
        {
            return null;
        }
    }

    private static IResult StoredScenarioInvalid(string id) =>
        DutchProblems.InvalidInput("id", $"Het vastgelegde scenario '{id}' is met de parameters die nu gelden niet meer geldig (bijvoorbeeld een overschreven parameter die niet meer bestaat); leg het opnieuw vast.");

    private static IResult ScenarioNotFound(string id) => DutchProblems.NotFound($"Er is geen scenario met id '{id}'.");

    private static IResult RunNotFound(string id) => DutchProblems.NotFound($"Er is geen doorrekening met id '{id}'.");

    private static IResult AnalysisNotFound(string id) => DutchProblems.NotFound($"Er is geen onzekerheidsanalyse met id '{id}'.");
}
