using System.Text.Json;
using System.Text.Json.Nodes;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// The scenario document of a <c>POST</c> or <c>PUT</c> body (<see cref="SaveScenarioRequest"/>): the body itself, or
/// with <c>basisScenario</c> the base scenario's document with the body's changes applied (<see cref="ScenarioMerge"/>).
/// The body is read strictly first (<see cref="JsonBody"/>), so the changes are checked with the paths they have in the
/// body; the merged document has the same paths, so the domain's errors name the fields as the body does.
/// </summary>
internal static class ScenarioBodies
{
    private const string BaseField = "basisScenario";

    /// <summary>The document, its checked definition and the id of its base (or <c>null</c>), or the 400 problem naming every wrong field.</summary>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios (the base).</param>
    /// <param name="store">The scenario store (JSON options and the domain's check).</param>
    public static async Task<(ScenarioDocument? Document, ScenarioDefinition? Definition, string? BaseId, BodyProblem? Problem)> CheckedAsync(HttpContext http, IScenarioRepository repository, ScenarioStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (document, baseId, problem) = await ReadAsync(http, repository, store.Json).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, null, null, problem);
        }

        var definition = store.Definition(document!);
        return definition.IsValid ? (document, definition.Value, baseId, null) : (null, null, null, BodyProblem.Of(definition.Errors));
    }

    /// <summary>The document and the id of its base (or <c>null</c>), or the 400 problem.</summary>
    /// <param name="http">The request.</param>
    /// <param name="repository">The scenarios (the base).</param>
    /// <param name="json">The service's JSON options.</param>
    public static async Task<(ScenarioDocument? Document, string? BaseId, BodyProblem? Problem)> ReadAsync(HttpContext http, IScenarioRepository repository, JsonSerializerOptions json)
    {
        var body = await JsonBody.ReadAsync<SaveScenarioRequest>(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return (null, null, new BodyProblem(problem));
        }

        if (body.Value!.BasisScenario is not { } baseId)
        {
            return (body.Value, null, null);
        }

        if (!ScenarioIds.IsValid(baseId))
        {
            return (null, null, BodyProblem.Of(InputErrors.Of(BaseField, ScenarioIds.NotValid(baseId))));
        }

        var baseRecord = await repository.FindScenarioAsync(baseId, http.RequestAborted).ConfigureAwait(false);
        if (baseRecord is null)
        {
            return (null, null, BodyProblem.Of(InputErrors.Of(BaseField, $"Er is geen scenario met id '{baseId}' om op te baseren.")));
        }

        var changes = JsonNode.Parse(body.Text)!.AsObject();
        foreach (var name in changes.Select(p => p.Key).Where(k => string.Equals(k, BaseField, StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            changes.Remove(name);
        }

        var merged = ScenarioMerge.Apply(JsonNode.Parse(baseRecord.InputJson)!.AsObject(), changes);
        return (merged.Deserialize<ScenarioDocument>(json)!, baseRecord.Id, null);
    }
}
