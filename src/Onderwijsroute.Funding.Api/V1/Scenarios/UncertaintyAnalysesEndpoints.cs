using Onderwijsroute.Funding.Api.V1.Scenarios.Export;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// Uncertainty analyses of a scenario (Dutch: <em>onzekerheidsanalyses</em>): <c>POST /v1/scenarios/{id}/onzekerheidsanalyses</c>
/// queues one for the background runner, with its own copy of the scenario; the analyses are listed per scenario and
/// overall; <c>/v1/onzekerheidsanalyses/{id}</c> gives its status, its result (also as CSV or xlsx) and cancels it.
/// </summary>
internal static class UncertaintyAnalysesEndpoints
{
    public const string Path = "/v1/onzekerheidsanalyses";

    private const string Tag = "Onzekerheidsanalyses";

    public static IEndpointRouteBuilder MapUncertaintyAnalyses(this IEndpointRouteBuilder app)
    {
        app.MapScenarioWork("/onzekerheidsanalyses", Create)
            .WithName("createOnzekerheidsanalyse")
            .WithSummary("Start een onzekerheidsanalyse")
            .WithDescription("Monte Carlo: deelnemers per jaar lognormaal getrokken, multinomiaal over gemeenten verdeeld, desgewenst een onzekere trajectprijs. Het antwoord is 202 met Location van de statusresource; het aantal gelijktijdige analyses is begrensd, de rest wacht. Wachtende en lopende analyses zijn begrensd per sleutel (429) en voor de hele dienst (503), beide met Retry-After; na een herstart van de dienst worden ze hervat.")
            .WithMetadata(new JsonRequestBody(typeof(CreateUncertaintyAnalysisRequest), """{ "trekkingen": 1000, "seed": 2026 }"""));

        app.MapScenarioResultList(
            "onzekerheidsanalyses",
            ListOfScenario,
            "listScenarioOnzekerheidsanalyses",
            "De onzekerheidsanalyses van een scenario",
            StoredResultRoutes.PagedListDescription("De onzekerheidsanalyses van het scenario met hun status", "status, "));
        app.MapResultList(
            Path,
            Tag,
            List,
            "listOnzekerheidsanalyses",
            "Alle onzekerheidsanalyses",
            StoredResultRoutes.PagedListDescription("De onzekerheidsanalyses met hun status", "scenario (ook een verwijderd scenario), status, "));

        var analyses = app.MapGuidResources(Path, Tag);
        analyses.MapGet("/{id}", Get)
            .WithName("getOnzekerheidsanalyse")
            .WithSummary("Status van een onzekerheidsanalyse")
            .WithDescription("Status en voortgang (percentage, trekkingen gedaan); zodra de status 'gereed' is, verwijst 'resultaat' naar de uitkomst.");
        analyses.MapExportableResult<UncertaintyAnalysisResponse>("/{id}/resultaat", Result)
            .WithName("getOnzekerheidsanalyseResultaat")
            .WithSummary("Resultaat van een onzekerheidsanalyse")
            .WithDescription("P5-, P50- en P95-banden per jaar voor elk landelijk kengetal (exact) en voor het tekort van elke gemeente (schatting met vermelde maximale afwijking); ook als CSV of xlsx met ?formaat=csv|csv-excel|xlsx of met Accept: text/csv of het xlsx-mediatype.");
        analyses.MapDelete("/{id}", Cancel)
            .WithName("cancelOnzekerheidsanalyse")
            .WithSummary("Annuleer een onzekerheidsanalyse")
            .WithDescription("Stopt een wachtende of lopende analyse; het antwoord is de status. Een afgeronde analyse blijft zoals zij is.");
        return app;
    }

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="scenarios">The scenarios.</param>
    /// <param name="store">The scenario store.</param>
    /// <param name="runner">The background runner.</param>
    /// <param name="clock">The clock.</param>
    private static async Task<Results<Accepted<UncertaintyAnalysisStatusResponse>, BodyProblem, ValidationProblem, NotFoundProblem, AdmissionProblem>> Create(string id, HttpContext http, IScenarioRepository scenarios, ScenarioStore store, UncertaintyAnalysisRunner runner, NodaTime.IClock clock)
    {
        var record = await scenarios.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return ScenarioIds.NotFound(id);
        }

        var body = await JsonBody.ReadAsync<CreateUncertaintyAnalysisRequest>(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return new BodyProblem(problem);
        }

        var definition = store.Definition(record.InputJson);
        if (!definition.IsValid)
        {
            return ScenarioRunsEndpoints.StoredScenarioInvalid(id);
        }

        var settings = UncertaintyAnalysisRunner.Settings(body.Value!);
        if (Refusal(settings, definition.Value) is { } refused)
        {
            return BodyProblem.Of(refused);
        }

        var (analysisId, now) = ResourceIds.NewV7(clock);
        var simulation = new SimulationRecord(analysisId, record.Id, record.Name, ScenarioEngine.Version, definition.Value.Catalogue.Version, definition.Value.InputHash, record.InputJson, body.Text, UncertaintyAnalysisStatus.Waiting, settings.Draws, 0, null, now, null);
        if (runner.Submit(http, simulation, definition.Value, settings) is { } notTaken)
        {
            return new AdmissionProblem(notTaken);
        }

        return TypedResults.Accepted($"{Path}/{analysisId}", Status(simulation, runner));
    }

    /// <param name="http">The request.</param>
    /// <param name="analyses">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    /// <param name="scenario">Alleen de analyses van dit scenario (ook een verwijderd scenario).</param>
    /// <param name="status">Alleen de analyses met deze status: wachtend, bezig, gereed, geannuleerd, mislukt of afgebroken.</param>
    /// <param name="aangemaaktVan">Alleen de analyses van deze dag (jjjj-mm-dd, Nederlandse tijd) of later.</param>
    /// <param name="aangemaaktTotEnMet">Alleen de analyses van deze dag (jjjj-mm-dd, Nederlandse tijd) of eerder.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 1000 (standaard 20).</param>
    private static Task<Results<Ok<UncertaintyAnalysisListResponse>, ValidationProblem>> List(HttpContext http, IUncertaintyAnalysisRepository analyses, UncertaintyAnalysisRunner runner, string? scenario, string? status, string? aangemaaktVan, string? aangemaaktTotEnMet, int? pagina, int? paginaGrootte) =>
        StoredResults.PageAsync(ResultListQuery.Read(pagina, paginaGrootte, scenario, aangemaaktVan, aangemaaktTotEnMet, status), (page, filter) => PageAsync(http, analyses, runner, page, filter));

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="scenarios">The scenarios.</param>
    /// <param name="analyses">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    /// <param name="status">Alleen de analyses met deze status: wachtend, bezig, gereed, geannuleerd, mislukt of afgebroken.</param>
    /// <param name="aangemaaktVan">Alleen de analyses van deze dag (jjjj-mm-dd, Nederlandse tijd) of later.</param>
    /// <param name="aangemaaktTotEnMet">Alleen de analyses van deze dag (jjjj-mm-dd, Nederlandse tijd) of eerder.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 1000 (standaard 20).</param>
    private static Task<Results<Ok<UncertaintyAnalysisListResponse>, ValidationProblem, NotFoundProblem>> ListOfScenario(string id, HttpContext http, IScenarioRepository scenarios, IUncertaintyAnalysisRepository analyses, UncertaintyAnalysisRunner runner, string? status, string? aangemaaktVan, string? aangemaaktTotEnMet, int? pagina, int? paginaGrootte) =>
        StoredResults.ScenarioPageAsync(id, http, scenarios, ResultListQuery.Read(pagina, paginaGrootte, id, aangemaaktVan, aangemaaktTotEnMet, status), (page, filter) => PageAsync(http, analyses, runner, page, filter));

    private static Task<Ok<UncertaintyAnalysisListResponse>> PageAsync(HttpContext http, IUncertaintyAnalysisRepository analyses, UncertaintyAnalysisRunner runner, Page page, ListFilter filter) =>
        PageAnswer.OfAsync(http, page, analyses.ListSimulationsAsync(filter, page.Offset, page.Size, http.RequestAborted), (records, total) => new UncertaintyAnalysisListResponse(page.Number, page.Size, total, records.Select(r => Status(r, runner)).ToArray()));

    /// <param name="id">Het id van de analyse (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    private static async Task<Results<Ok<UncertaintyAnalysisStatusResponse>, NotFoundProblem>> Get(string id, HttpContext http, IUncertaintyAnalysisRepository repository, UncertaintyAnalysisRunner runner)
    {
        var record = await repository.FindSimulationAsync(id, http.RequestAborted).ConfigureAwait(false);
        return record is null ? NotFound(id) : TypedResults.Ok(Status(record, runner));
    }

    /// <param name="id">Het id van de analyse.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    /// <param name="store">The scenario store (JSON options).</param>
    /// <param name="catalogue">The regelingen (names in an export).</param>
    /// <param name="formaat">Optioneel: json (standaard), csv (RFC 4180), csv-excel (puntkomma en decimale komma, voor Nederlandse Excel) of xlsx.</param>
    private static async Task<IResult> Result(string id, HttpContext http, IUncertaintyAnalysisRepository repository, UncertaintyAnalysisRunner runner, ScenarioStore store, ParameterCatalogue catalogue, string? formaat)
    {
        _ = formaat; // read by ResponseFormats from the query; a parameter so that the contract documents it
        var record = await repository.FindSimulationAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return NotFound(id);
        }

        if (record.ResultJson is not { } result)
        {
            return new NotFoundProblem($"De onzekerheidsanalyse '{id}' heeft (nog) geen resultaat; status: {Status(record, runner).Status}.");
        }

        return StoredResults.JsonOrFile<UncertaintyAnalysisResponse>(http, result, store.Json, response => UncertaintyAnalysisExport.Of(record, response, catalogue));
    }

    /// <param name="id">Het id van de analyse.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    private static async Task<Results<Accepted<UncertaintyAnalysisStatusResponse>, Ok<UncertaintyAnalysisStatusResponse>, NotFoundProblem>> Cancel(string id, HttpContext http, IUncertaintyAnalysisRepository repository, UncertaintyAnalysisRunner runner)
    {
        var record = await repository.FindSimulationAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return NotFound(id);
        }

        return runner.Cancel(record)
            ? TypedResults.Accepted($"{Path}/{id}", Status(record, runner))
            : TypedResults.Ok(Status(record, runner));
    }

    /// <summary>
    /// The settings' errors, or <c>null</c>. <c>UncertaintyAnalysisSettings.Resolve</c> still reports them by exception; it is
    /// the one domain check that does, until the uncertainty settings return <see cref="InputErrors"/> too.
    /// </summary>
    private static InputErrors? Refusal(UncertaintyAnalysisSettings settings, ScenarioDefinition definition)
    {
        try
        {
            settings.Resolve(definition);
            return null;
        }
        catch (ScenarioValidationException e)
        {
            var errors = new InputErrorsBuilder();
            foreach (var error in e.Errors)
            {
                errors.Add(error.Field, error.Message);
            }

            return errors.ToErrors();
        }
    }

    private static UncertaintyAnalysisStatusResponse Status(SimulationRecord record, UncertaintyAnalysisRunner runner)
    {
        var live = runner.Live(record.Id);
        // Not running here: the store is the truth, also for an analysis that waits or runs on another instance.
        var status = live?.Status ?? record.Status;
        var done = Math.Max(live?.DrawsDone ?? 0, record.DrawsDone);
        var percentage = record.Draws == 0 ? 100 : (int)(100L * done / record.Draws);
        return new UncertaintyAnalysisStatusResponse(
            record.Id, record.ScenarioId, status, new ProgressResponse(percentage, done, record.Draws),
            status == UncertaintyAnalysisStatus.Done ? $"{Path}/{record.Id}/resultaat" : null,
            record.CreatedAt.ToDateTimeOffset(), record.FinishedAt?.ToDateTimeOffset(), live is null ? record.Reason : live.Value.Reason,
            $"{Path}/{record.Id}", record.ScenarioName);
    }

    private static NotFoundProblem NotFound(string id) => new($"Er is geen onzekerheidsanalyse met id '{id}'.");
}
