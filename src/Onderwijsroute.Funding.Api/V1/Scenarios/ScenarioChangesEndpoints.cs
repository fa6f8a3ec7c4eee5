using NodaTime;
using Onderwijsroute.Funding.Api.Http.Security;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// <c>PUT</c> and <c>DELETE /v1/scenarios/{id}</c>: a scenario replaced or deleted by its owner, with optimistic
/// concurrency like a stored forecast (<see cref="IfMatch"/>: 428 without If-Match, 412 when stale). Runs and analyses
/// keep their own copy of the scenario, so neither changes them: history survives.
/// </summary>
internal static class ScenarioChangesEndpoints
{
    private const string Resource = "het scenario";

    public static void MapScenarioChanges(RouteGroupBuilder scenario, string example)
    {
        scenario.MapPut(string.Empty, Replace)
            .WithName("replaceScenario")
            .WithSummary("Vervang een scenario")
            .WithDescription("Vervangt het scenario door het scenario in de body (of, met basisScenario, door dat scenario met de wijzigingen uit de body). Alleen de eigenaar; een kant-en-klaar scenario is niet te vervangen (403). Vereist If-Match met de ETag van de laatst gelezen versie: zonder If-Match 428, met een verouderde ETag 412. Vastgelegde doorrekeningen en analyses houden hun eigen kopie van het scenario.")
            .WithMetadata(new JsonRequestBody(typeof(SaveScenarioRequest), example))
            .Produces<ScenarioResponse>()
            .ProducesLookupProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        scenario.MapDelete(string.Empty, Delete)
            .WithName("deleteScenario")
            .WithSummary("Verwijder een scenario")
            .WithDescription("Alleen de eigenaar; een kant-en-klaar scenario is niet te verwijderen (403). Vereist If-Match met de ETag van de laatst gelezen versie: zonder If-Match 428, met een verouderde ETag 412. Vastgelegde doorrekeningen en analyses van het scenario blijven, met hun eigen kopie van het scenario (te vinden met ?scenario=).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesLookupProblems()
            .ProducesPreconditionProblems();
    }

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    /// <param name="store">The scenario store.</param>
    /// <param name="clock">The clock.</param>
    private static async Task<IResult> Replace(string id, HttpContext http, IScenarioRepository repository, ScenarioStore store, IClock clock)
    {
        var (current, refused, expected) = await WritableAsync(id, http, repository).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        // With basisScenario the body merges onto the base; the scenario's own basisScenario stays the one it was made from.
        var (document, definition, _, problem) = await ScenarioBodies.CheckedAsync(http, repository, store).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var fresh = store.Record(current!.Id, definition!, document!, isReady: false);
        var replacement = current with
        {
            Name = fresh.Name,
            Description = fresh.Description,
            InputJson = fresh.InputJson,
            InputHash = fresh.InputHash,
            ParameterVersion = fresh.ParameterVersion,
            ModifiedAt = clock.GetCurrentInstant(),
        };
        var outcome = await repository.ReplaceScenarioAsync(replacement, expected, http.TakeAudit(StatusCodes.Status200OK), http.RequestAborted).ConfigureAwait(false);
        switch (outcome.Outcome)
        {
            case ConditionalWriteOutcome.Written:
                var written = replacement with { Version = outcome.Version };
                http.Response.Headers.ETag = IfMatch.ETagOf(written.Version);
                return TypedResults.Ok(store.Response(written));
            case ConditionalWriteOutcome.NameTaken:
                return await ScenarioOwners.NameTakenAsync(replacement, repository, http.RequestAborted).ConfigureAwait(false);
            case ConditionalWriteOutcome.NotFound:
                return ScenarioIds.NotFound(id);
            default:
                return IfMatch.Lost(Resource);
        }
    }

    /// <param name="id">Het id van het scenario.</param>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios.</param>
    private static async Task<IResult> Delete(string id, HttpContext http, IScenarioRepository repository)
    {
        var (_, refused, expected) = await WritableAsync(id, http, repository).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        return await repository.DeleteScenarioAsync(id, expected, http.TakeAudit(StatusCodes.Status204NoContent), http.RequestAborted).ConfigureAwait(false) switch
        {
            ConditionalWriteOutcome.Written => TypedResults.NoContent(),
            ConditionalWriteOutcome.NotFound => ScenarioIds.NotFound(id),
            _ => IfMatch.Lost(Resource),
        };
    }

    /// <summary>The scenario and the version If-Match names, or why it may not be written: 404, 403, 428 or 412, in that order.</summary>
    private static async Task<(ScenarioRecord? Current, IResult? Refused, long? Expected)> WritableAsync(string id, HttpContext http, IScenarioRepository repository)
    {
        var current = await repository.FindScenarioAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (current is null)
        {
            return (null, ScenarioIds.NotFound(id), null);
        }

        if (ScenarioOwners.Refusal(http, current) is { } forbidden)
        {
            return (current, forbidden, null);
        }

        var (expected, precondition) = IfMatch.Check(http, current.Version, Resource);
        return (current, precondition, expected);
    }
}
