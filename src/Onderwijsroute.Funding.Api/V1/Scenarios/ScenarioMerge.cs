using System.Text.Json.Nodes;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// A scenario based on another (<c>basisScenario</c>): the body's changes applied to the base's document by JSON Merge
/// Patch (RFC 7396), with names matched without regard to case as the reader matches them. An object in the changes
/// is merged field by field, recursively (so <c>deelnemers.perJaar</c> changes only the years it names); any other
/// value, a list included, replaces the base's; <c>null</c> removes the field (it is then left out, as if never given).
/// </summary>
internal static class ScenarioMerge
{
    /// <summary>The base with the changes applied; neither argument is changed.</summary>
    /// <param name="baseDocument">The base scenario's document.</param>
    /// <param name="changes">The changes (the body without <c>basisScenario</c>).</param>
    public static JsonObject Apply(JsonObject baseDocument, JsonObject changes)
    {
        ArgumentNullException.ThrowIfNull(baseDocument);
        ArgumentNullException.ThrowIfNull(changes);
        var merged = (JsonObject)baseDocument.DeepClone();
        Merge(merged, changes);
        return merged;
    }

    private static void Merge(JsonObject target, JsonObject changes)
    {
        foreach (var (name, change) in changes)
        {
            var existing = target.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (change is null)
            {
                if (existing is not null)
                {
                    target.Remove(existing);
                }

                continue;
            }

            if (change is JsonObject changedObject && existing is not null && target[existing] is JsonObject targetObject)
            {
                Merge(targetObject, changedObject);
                continue;
            }

            if (existing is not null)
            {
                target.Remove(existing);
            }

            target[name] = change is JsonObject newObject ? WithoutNulls(newObject) : change.DeepClone();
        }
    }

    // A new object is the patch applied to nothing (RFC 7396): its nulls mean "absent".
    private static JsonObject WithoutNulls(JsonObject value)
    {
        var result = new JsonObject();
        foreach (var (name, child) in value)
        {
            if (child is not null)
            {
                result[name] = child is JsonObject nested ? WithoutNulls(nested) : child.DeepClone();
            }
        }

        return result;
    }
}
