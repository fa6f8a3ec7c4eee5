using Onderwijsroute.Funding.Api.Http.Security;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// <c>/v1/scenarios</c>: create, list and read scenarios (replace and delete: <see cref="ScenarioChangesEndpoints"/>). A
/// scenario's document is checked by the domain, which names every wrong field at once; running it and analysing it
/// are their own resources (<see cref="ScenarioRunsEndpoints"/>, <see cref="UncertaintyAnalysesEndpoints"/>).
/// </summary>
internal static class ScenariosEndpoints
{
    public const string Path = "/v1/scenarios";

    public const string Tag = "Scenario's";

    internal const string Example = """
        { "naam": "hogere-garantie", "omschrijving": "Toeslag met een garantie van €18.000 per onderwijsroutetraject.", "jaren": { "van": 2026, "totEnMet": 2027 },
          "overschrijvingen": [ { "regeling": "spuk-onderwijsroute-toeslag-2026", "parameter": "gegarandeerde-trajectprijs", "van": "2026-01-01", "waarde": 18000, "reden": "Beleidsoptie" } ],
          "deelnemers": { "perJaar": { "2026": 1000, "2027": 1000 }, "status": "aanname", "bron": "Eigen raming" },
          "spreiding": { "methode": "inwoners", "status": "aanname", "bron": "Huisvesting naar inwonertal" },
          "prijzen": { "prijspeiljaar": 2023, "indexatie": 0.0378, "duurMaanden": 18, "startmaand": 7,
            "perNiveau": { "mbo2": { "gecontracteerd": 15500, "maatwerk": 17000 }, "mbo3": { "gecontracteerd": 16000, "maatwerk": 17500 }, "mbo4": { "gecontracteerd": 16500, "maatwerk": 18000 },
                           "hbo-mei": { "gecontracteerd": 17500, "maatwerk": 19000 }, "hbo-ntg": { "gecontracteerd": 17500, "maatwerk": 19000 },
                           "wo-mei": { "gecontracteerd": 18000, "maatwerk": 19500 }, "wo-ntg": { "gecontracteerd": 18000, "maatwerk": 19500 } },
            "niveauverdeling": { "mbo2": 0.3, "mbo3": 0.2, "mbo4": 0.2, "hbo-mei": 0.1, "hbo-ntg": 0.1, "wo-mei": 0.05, "wo-ntg": 0.05 },
            "status": "aanname", "bron": "[mbo-today-extra-budget] AEF: ongeveer €17.000 per traject (eind 2021)" },
          "onzekerheid": { "variatiecoefficientDeelnemers": 0.25, "variatiecoefficientPrijs": 0.1, "status": "aanname", "bron": "Eigen aanname" } }
        """;

    public static IEndpointRouteBuilder MapScenarios(this IEndpointRouteBuilder app)
    {
        var scenarios = app.MapMinistryGroup(Path, Tag);
        scenarios.MapPost(string.Empty, Create)
            .WithName("createScenario")
            .WithSummary("Leg een scenario vast")
            .WithDescription("Een scenario voor de financiering na 2025: overschrijvingen van parameters, jaren (2022-2030), een landelijke projectie van deelnemers, de spreiding over gemeenten en prijsaannames, elke aanname met status en bron. Met basisScenario alleen de wijzigingen ten opzichte van een bestaand scenario (JSON Merge Patch). Een 400 noemt elk ongeldig veld; een naam die de sleutel al voor een ander scenario gebruikt is 409. Antwoord 201 met Location en ETag.")
            .WithMetadata(new JsonRequestBody(typeof(SaveScenarioRequest), Example), IfMatch.Versioned.Instance);
        scenarios.MapGet(string.Empty, List)
            .WithName("listScenarios")
            .WithSummary("Scenario's")
            .WithDescription($"De vastgelegde scenario's, de kant-en-klare eerst, dan in volgorde van maken; te filteren op naam, eigenaar en kantEnKlaar; per pagina (pagina vanaf 1, paginaGrootte 1 tot en met {Page.MaxSize}, standaard {Page.DefaultSize}; de Link-header wijst de andere pagina's aan).");
        // The scenario itself: every answer carries its ETag.
        var scenario = app.MapOneScenario().WithMetadata(IfMatch.Versioned.Instance);
        scenario.MapGet(string.Empty, Get)
            .WithName("getScenario")
            .WithSummary("Een scenario")
            .WithDescription("Het scenario zoals vastgelegd, met zijn aannames, de parameterversie en zijn ETag.")
            .ProducesValidationProblem();
        ScenarioChangesEndpoints.MapScenarioChanges(scenario, Example);
        return app;
    }

    /// <summary>The routes of one scenario, <c>/v1/scenarios/{id}…</c>: the scenario's id is checked before any handler runs.</summary>
    public static RouteGroupBuilder MapOneScenario(this IEndpointRouteBuilder app) =>
        app.MapMinistryGroup(Path, Tag).MapGroup("/{id}").AddEndpointFilter(ScenarioIds.Filter);

    /// <summary>
    /// A heavy piece of work on a scenario (<c>POST /v1/scenarios/{id}/…</c>, a run or an analysis): the scenario's id is
    /// checked first and the heavy rate limit applies.
    /// </summary>
    public static RouteHandlerBuilder MapScenarioWork(this IEndpointRouteBuilder app, string resource, Delegate create) =>
        app.MapOneScenario()
            .MapPost(resource, create)
            .RequireRateLimiting(SecuritySetup.HeavyPolicy);

    /// <param name="http">The request.</param>
    /// <param name="store">The scenario store.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="clock">The clock.</param>
    private static async Task<Results<Created<ScenarioResponse>, BodyProblem, ConflictProblem>> Create(HttpContext http, ScenarioStore store, IScenarioRepository repository, NodaTime.IClock clock)
    {
        var (document, definition, baseId, problem) = await ScenarioBodies.CheckedAsync(http, repository, store).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var (id, _) = ResourceIds.NewV7(clock);
        var record = store.Record(id, definition!, document!, isReady: false) with { Owner = ScenarioOwners.Of(http), BaseScenarioId = baseId };
        if (await repository.CreateScenarioAsync(record, http.TakeAudit(StatusCodes.Status201Created), http.RequestAborted).ConfigureAwait(false) == ConditionalWriteOutcome.NameTaken)
        {
            return await ScenarioOwners.NameTakenAsync(record, repository, http.RequestAborted).ConfigureAwait(false);
        }

        http.Response.Headers.ETag = IfMatch.ETagOf(record.Version);
        return TypedResults.Created(ScenarioIds.Href(id), store.Response(record));
    }

    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="naam">Alleen de scenario's met deze naam.</param>
    /// <param name="eigenaar">Alleen de scenario's van deze eigenaar: het id van een sleutel (de 16 tekens na 'orf_' in de sleutel), of 'systeem' voor de kant-en-klare.</param>
    /// <param name="kantEnKlaar">Alleen de kant-en-klare (true) of alleen de andere (false).</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 1000 (standaard 20).</param>
    private static async Task<Results<Ok<ScenarioListResponse>, ValidationProblem>> List(HttpContext http, IScenarioRepository repository, string? naam, string? eigenaar, bool? kantEnKlaar, int? pagina, int? paginaGrootte)
    {
        var (page, invalid) = Page.From(pagina, paginaGrootte);
        if (invalid is not null)
        {
            return invalid;
        }

        var (records, total) = await repository.ListScenariosAsync(new ScenarioFilter(naam, eigenaar, kantEnKlaar), page.Offset, page.Size, http.RequestAborted).ConfigureAwait(false);
        PageLinks.Write(http, page, total);
        return TypedResults.Ok(new ScenarioListResponse(page.Number, page.Size, total, records.Select(ScenarioStore.Summary).ToArray()));
    }

    /// <param name="id">Het id van het scenario (een GUID, of de naam van een kant-en-klaar scenario).</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="store">The scenario store.</param>
    private static async Task<Results<Ok<ScenarioResponse>, NotFoundProblem>> Get(string id, HttpContext http, IScenarioRepository repository, ScenarioStore store)
    {
        var record = await repository.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return ScenarioIds.NotFound(id);
        }

        http.Response.Headers.ETag = IfMatch.ETagOf(record.Version);
        return TypedResults.Ok(store.Response(record));
    }
}
