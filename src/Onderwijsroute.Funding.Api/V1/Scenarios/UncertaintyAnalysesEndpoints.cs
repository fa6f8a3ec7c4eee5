using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// Uncertainty analyses of a scenario (Dutch: <em>onzekerheidsanalyses</em>): <c>POST /v1/scenarios/{id}/onzekerheidsanalyses</c>
/// queues one for the background runner; <c>/v1/onzekerheidsanalyses/{id}</c> gives its status, its result and cancels it.
/// </summary>
internal static class UncertaintyAnalysesEndpoints
{
    private const string Path = "/v1/onzekerheidsanalyses";

    public static IEndpointRouteBuilder MapUncertaintyAnalyses(this IEndpointRouteBuilder app)
    {
        app.MapScenarioWork("/onzekerheidsanalyses", Create)
            .WithName("createOnzekerheidsanalyse")
            .WithSummary("Start een onzekerheidsanalyse")
            .WithDescription("Monte Carlo: deelnemers per jaar lognormaal getrokken, multinomiaal over gemeenten verdeeld, desgewenst een onzekere trajectprijs. Het antwoord is 202 met Location van de statusresource; het aantal gelijktijdige analyses is begrensd, de rest wacht. Wachtende en lopende analyses zijn begrensd per sleutel (429) en voor de hele dienst (503), beide met Retry-After; na een herstart van de dienst worden ze hervat.")
            .WithMetadata(new JsonRequestBody(typeof(CreateUncertaintyAnalysisRequest), """{ "trekkingen": 1000, "seed": 2026 }"""));

        var analyses = app.MapGuidResources(Path, "Onzekerheidsanalyses");
        analyses.MapGet("/{id}", Get)
            .WithName("getOnzekerheidsanalyse")
            .WithSummary("Status van een onzekerheidsanalyse")
            .WithDescription("Status en voortgang (percentage, trekkingen gedaan); zodra de status 'gereed' is, verwijst 'resultaat' naar de uitkomst.");
        analyses.MapGet("/{id}/resultaat", Result)
            .WithName("getOnzekerheidsanalyseResultaat")
            .WithSummary("Resultaat van een onzekerheidsanalyse")
            .WithDescription("P5-, P50- en P95-banden per jaar voor elk landelijk kengetal (exact) en voor het tekort van elke gemeente (schatting met vermelde maximale afwijking).");
        analyses.MapDelete("/{id}", Cancel)
            .WithName("cancelOnzekerheidsanalyse")
            .WithSummary("Annuleer een onzekerheidsanalyse")
            .WithDescription("Stopt een wachtende of lopende analyse; het antwoord is de status. Een afgeronde analyse blijft zoals zij is.");
        return app;
    }

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="store">The scenario store.</param>
    /// <param name="runner">The background runner.</param>
    /// <param name="clock">The clock.</param>
    private static async Task<Results<Accepted<UncertaintyAnalysisStatusResponse>, BodyProblem, ValidationProblem, NotFoundProblem, AdmissionProblem>> Create(string id, HttpContext http, IScenarioRepository repository, ScenarioStore store, UncertaintyAnalysisRunner runner, NodaTime.IClock clock)
    {
        var record = await repository.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false);
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
        var simulation = new SimulationRecord(analysisId, record.Id, ScenarioEngine.Version, definition.Value.Catalogue.Version, definition.Value.InputHash, body.Text, UncertaintyAnalysisStatus.Waiting, settings.Draws, 0, null, now, null);
        if (runner.Submit(http, simulation, definition.Value, settings) is { } notTaken)
        {
            return new AdmissionProblem(notTaken);
        }

        return TypedResults.Accepted($"{Path}/{analysisId}", Status(simulation, runner));
    }

    /// <param name="id">Het id van de analyse (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    private static async Task<Results<Ok<UncertaintyAnalysisStatusResponse>, NotFoundProblem>> Get(string id, HttpContext http, IScenarioRepository repository, UncertaintyAnalysisRunner runner)
    {
        var record = await repository.FindSimulationAsync(id, http.RequestAborted).ConfigureAwait(false);
        return record is null ? NotFound(id) : TypedResults.Ok(Status(record, runner));
    }

    /// <param name="id">Het id van de analyse.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    private static async Task<Results<StoredJson<UncertaintyAnalysisResponse>, NotFoundProblem>> Result(string id, HttpContext http, IScenarioRepository repository, UncertaintyAnalysisRunner runner)
    {
        var record = await repository.FindSimulationAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            return NotFound(id);
        }

        return record.ResultJson is { } result
            ? new StoredJson<UncertaintyAnalysisResponse>(System.Text.Encoding.UTF8.GetBytes(result))
            : new NotFoundProblem($"De onzekerheidsanalyse '{id}' heeft (nog) geen resultaat; status: {Status(record, runner).Status}.");
    }

    /// <param name="id">Het id van de analyse.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The analyses.</param>
    /// <param name="runner">The background runner.</param>
    private static async Task<Results<Accepted<UncertaintyAnalysisStatusResponse>, Ok<UncertaintyAnalysisStatusResponse>, NotFoundProblem>> Cancel(string id, HttpContext http, IScenarioRepository repository, UncertaintyAnalysisRunner runner)
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
            record.CreatedAt.ToDateTimeOffset(), record.FinishedAt?.ToDateTimeOffset(), live is null ? record.Reason : live.Value.Reason);
    }

    private static NotFoundProblem NotFound(string id) => new($"Er is geen onzekerheidsanalyse met id '{id}'.");
}
