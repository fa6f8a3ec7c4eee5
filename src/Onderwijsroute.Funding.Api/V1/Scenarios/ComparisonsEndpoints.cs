using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Scenarios;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// <c>POST /v1/vergelijkingen</c>: two to five stored runs side by side. Each run is repeated from its stored input with
/// the parameters the service runs with, and refused when those or the engine have changed since it was made.
/// </summary>
internal static class ComparisonsEndpoints
{
    public static IEndpointRouteBuilder MapComparisons(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1/vergelijkingen").WithTags("Vergelijkingen").RequireAuthorization(ApiRoles.MinistryPolicy).MapPost(string.Empty, Create)
            .RequireRateLimiting(SecuritySetup.HeavyPolicy)
            .WithName("createVergelijking")
            .WithSummary("Vergelijk doorrekeningen")
            .WithDescription("Twee tot en met vijf doorrekeningen naast elkaar: per jaar en in totaal de verschillen van elk landelijk kengetal met de eerste, en de gemeenten die omslaan tussen overschot en tekort. De doorrekeningen worden uit hun vastgelegde invoer herhaald en moeten met de huidige engine- en parameterversie zijn gemaakt.")
            .WithMetadata(new JsonRequestBody(typeof(CreateComparisonRequest), """{ "doorrekeningen": [ "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c" ] }"""));
        return app;
    }

    private static async Task<Results<Ok<ComparisonResponse>, BodyProblem>> Create(HttpContext http, IScenarioRepository repository, ScenarioStore store)
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
        var runs = new List<ScenarioRunResult>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (await RepeatAsync(ids[i], $"doorrekeningen[{i}]", http, repository, store, errors).ConfigureAwait(false) is { } run)
            {
                runs.Add(run);
            }
        }

        var comparison = errors.IsEmpty ? ScenarioComparer.Compare(runs) : Validated.Invalid<ScenarioComparison>(errors.ToErrors());
        return comparison.IsValid
            ? TypedResults.Ok(ScenarioMapping.Comparison(ids.Select(i => i!).ToArray(), comparison.Value))
            : BodyProblem.Of(comparison.Errors);
    }

    /// <summary>A stored run repeated from its stored input, or <c>null</c> with the error naming why it cannot be.</summary>
    private static async Task<ScenarioRunResult?> RepeatAsync(string? id, string field, HttpContext http, IScenarioRepository repository, ScenarioStore store, InputErrorsBuilder errors)
    {
        var record = string.IsNullOrWhiteSpace(id) ? null : await repository.FindRunAsync(id, http.RequestAborted).ConfigureAwait(false);
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

        return ScenarioEngine.Run(scenario);
    }
}
