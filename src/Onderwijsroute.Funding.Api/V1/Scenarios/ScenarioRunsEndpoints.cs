using System.Text;
using System.Text.Json;
using NodaTime;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Scenarios;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// Deterministic runs of a scenario (Dutch: <em>doorrekeningen</em>): <c>POST /v1/scenarios/{id}/doorrekeningen</c>
/// runs and stores one; <c>/v1/doorrekeningen/{id}</c> reads it back, its gemeente lines per page and as CSV/xlsx.
/// </summary>
internal static class ScenarioRunsEndpoints
{
    public const string Path = "/v1/doorrekeningen";

    public static IEndpointRouteBuilder MapScenarioRuns(this IEndpointRouteBuilder app)
    {
        app.MapScenarioWork("/doorrekeningen", Create)
            .WithName("createDoorrekening")
            .WithSummary("Reken een scenario door")
            .WithDescription("Deterministische doorrekening: per jaar de uitgaven van het Rijk per regeling, de kosten van gemeenten, het tekort (totaal en per deelnemer), het aantal gemeenten met een tekort, de verdeling van de tekorten en per arbeidsmarktregio; de regels per gemeente staan onder 'gemeenten'. Vastgelegd met engine-, parameterversie en invoer; het antwoord is 201 met Location.");

        var runs = app.MapGuidResources(Path, "Doorrekeningen");
        runs.MapGet("/{id}", Get)
            .WithName("getDoorrekening")
            .WithSummary("Een doorrekening")
            .WithDescription("De vastgelegde doorrekening, precies zoals de POST haar gaf.");
        runs.MapGet("/{id}/gemeenten", Lines)
            .WithName("listDoorrekeningGemeenten")
            .WithSummary("Regels per gemeente van een doorrekening")
            .WithDescription("Per jaar en gemeente de instroom, kosten, inkomsten per regeling en het tekort, per pagina (optioneel één jaar).");
        runs.MapGet("/{id}/gemeenten-export", Export)
            .WithName("exportDoorrekeningGemeenten")
            .RequireRateLimiting(SecuritySetup.HeavyPolicy)
            .WithSummary("Download van alle gemeenteregels")
            .WithDescription("Alle regels per jaar en gemeente als CSV (formaat=csv, punt als decimaalteken) of Excel (formaat=xlsx).")
            .Produces(StatusCodes.Status200OK, contentType: MunicipalityLineExport.CsvMediaType, additionalContentTypes: MunicipalityLineExport.XlsxMediaType);
        return app;
    }

    /// <summary>The 400 for a stored scenario the parameters in force no longer accept (e.g. an overridden parameter that is gone).</summary>
    public static ValidationProblem StoredScenarioInvalid(string id) =>
        InputProblems.Of("id", $"Het vastgelegde scenario '{id}' is met de parameters die nu gelden niet meer geldig (bijvoorbeeld een overschreven parameter die niet meer bestaat); leg het opnieuw vast.");

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="store">The scenario store.</param>
    /// <param name="clock">The clock.</param>
    private static async Task<Results<CreatedStoredJson<ScenarioRunResponse>, ValidationProblem, NotFoundProblem>> Create(string id, HttpContext http, IScenarioRepository repository, ScenarioStore store, IClock clock)
    {
        var record = await repository.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false);
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
        await repository.AddRunAsync(new ScenarioRunRecord(runId, record.Id, run.EngineVersion, run.ParameterVersion, run.InputHash, record.InputJson, response, lines, now), http.RequestAborted).ConfigureAwait(false);
        return new CreatedStoredJson<ScenarioRunResponse>($"{Path}/{runId}", Encoding.UTF8.GetBytes(response));
    }

    /// <param name="id">Het id van de doorrekening (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The runs.</param>
    private static async Task<Results<StoredJson<ScenarioRunResponse>, NotFoundProblem>> Get(string id, HttpContext http, IScenarioRepository repository)
    {
        var run = await repository.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false);
        return run is null ? NotFound(id) : new StoredJson<ScenarioRunResponse>(Encoding.UTF8.GetBytes(run.ResultJson));
    }

    /// <param name="id">Het id van de doorrekening.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The runs.</param>
    /// <param name="store">The scenario store (JSON options).</param>
    /// <param name="jaar">Alleen dit jaar (optioneel).</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 1000 (standaard 100).</param>
    private static async Task<Results<Ok<MunicipalityLinesResponse>, ValidationProblem, NotFoundProblem>> Lines(string id, HttpContext http, IScenarioRepository repository, ScenarioStore store, int? jaar, int? pagina, int? paginaGrootte)
    {
        var (page, invalid) = Page.From(pagina, paginaGrootte, defaultSize: 100, maxSize: 1000);
        if (invalid is not null)
        {
            return invalid;
        }

        if (await FindLinesAsync(id, http, repository, store).ConfigureAwait(false) is not { } lines)
        {
            return NotFound(id);
        }

        var selected = jaar is { } year ? lines.Where(l => l.Jaar == year).ToArray() : lines;
        if (jaar is { } asked && selected.Length == 0)
        {
            return InputProblems.Of("jaar", $"De doorrekening bevat het jaar {asked} niet.");
        }

        return TypedResults.Ok(new MunicipalityLinesResponse(page.Number, page.Size, selected.Length, selected.Skip(page.Offset).Take(page.Size).ToArray()));
    }

    /// <param name="id">Het id van de doorrekening.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The runs.</param>
    /// <param name="store">The scenario store (JSON options).</param>
    /// <param name="formaat">csv of xlsx.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFoundProblem>> Export(string id, HttpContext http, IScenarioRepository repository, ScenarioStore store, string? formaat)
    {
        if (formaat is not ("csv" or "xlsx"))
        {
            return InputProblems.Of("formaat", "Verplicht: 'csv' of 'xlsx'.");
        }

        if (await FindLinesAsync(id, http, repository, store).ConfigureAwait(false) is not { } lines)
        {
            return NotFound(id);
        }

        return formaat == "csv"
            ? TypedResults.File(MunicipalityLineExport.Csv(lines), MunicipalityLineExport.CsvMediaType + "; charset=utf-8", $"doorrekening-{id}-gemeenten.csv")
            : TypedResults.File(MunicipalityLineExport.Xlsx(lines), MunicipalityLineExport.XlsxMediaType, $"doorrekening-{id}-gemeenten.xlsx");
    }

    private static async Task<MunicipalityLineResponse[]?> FindLinesAsync(string id, HttpContext http, IScenarioRepository repository, ScenarioStore store)
    {
        var run = await repository.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false);
        return run is null ? null : JsonSerializer.Deserialize<MunicipalityLineResponse[]>(run.MunicipalitiesJson, store.Json)!;
    }

    private static NotFoundProblem NotFound(string id) => new($"Er is geen doorrekening met id '{id}'.");
}
