using System.Net;
using System.Text.Json.Nodes;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// Required fields are required in the contract (issue 18, item 2): a request property the validator refuses to miss
/// is in its schema's <c>required</c> and not nullable, and nothing else is. The test does not keep its own list: it
/// asks the service. Every operation of the document that takes a JSON body is sent two probes — an empty object, and
/// a skeleton with every nested object and one item of every list of objects, but no values — and every field the
/// 400 calls "Verplicht." / "Verplicht: …" / "Verplicht, …" is one the validator requires unconditionally ("Verplicht
/// voor …" and "Verplicht bij …" depend on other fields and stay optional). New operations are probed too.
/// </summary>
public sealed class RequiredInTheContractTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>A gemeente every reference data set knows, for <c>{gemeenteCode}</c> in a path and the gemeente key's scope.</summary>
    private const string Municipality = "GM0363";

    /// <summary>
    /// Fields "Verplicht" only in the state the probe finds: an analysis of a scenario that gives no uncertainty needs
    /// its coefficient, one of a scenario that does may leave it out (the schema keeps it optional and says so). A saved
    /// scenario (<c>SaveScenarioRequest</c>) needs its top-level fields only without <c>basisScenario</c>: with one,
    /// the body is a JSON Merge Patch of the base and each field comes from the base when left out; the probe sends none.
    /// </summary>
    private static bool ConditionalByState(string field) =>
        field == "CreateSimulationRequest.variatiecoefficientDeelnemers" || field.StartsWith("SaveScenarioRequest.", StringComparison.Ordinal);

    [Fact]
    public async Task EveryFieldTheValidatorRequires_IsRequiredAndNotNullable_AndNoOtherIs()
    {
        var (document, byValidator, probed) = await ProbeAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var byDocument = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in probed)
        {
            var schema = schemas[name]!.AsObject();
            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                byDocument.Add($"{name}.{required!.GetValue<string>()}");
            }
        }

        var nullable = byValidator.Where(field => !ConditionalByState(field))
            .Where(field => PropertyOf(schemas, field) is { } property && property["nullable"]?.GetValue<bool>() == true)
            .Select(field => field + " (nullable)");
        var missing = byValidator.Except(byDocument).Where(field => !ConditionalByState(field)).Select(field => field + " (not in required)");
        var extra = byDocument.Except(byValidator).Where(field => !ConditionalByState(field)).Select(field => field + " (required, but the validator takes it missing)");
        var wrong = missing.Concat(extra).Concat(nullable).Order(StringComparer.Ordinal).ToArray();

        Assert.True(wrong.Length == 0, "Request schemas must mark exactly what the validator requires as required and not nullable:\n" + string.Join("\n", wrong));
        Assert.Contains("CreateSettlementCalculationRequest.aantallen", byValidator);
        Assert.Contains("MunicipalityCountInput.gemeenteCode", byValidator);
    }

    [Fact]
    public async Task EveryRequestBodyOfTheDocument_IsProbed()
    {
        var (document, _, probed) = await ProbeAsync();
        var bodies = Operations(document).Select(o => o.Body).Distinct().ToArray();

        Assert.NotEmpty(bodies);
        Assert.All(bodies, body => Assert.Contains(body, probed));
    }

    /// <summary>The fields the validator requires (<c>Schema.property</c>), and the schemas the probes reached.</summary>
    private async Task<(JsonNode Document, HashSet<string> Required, HashSet<string> Probed)> ProbeAsync()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/v1/openapi.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var required = new HashSet<string>(StringComparer.Ordinal);
        var probed = new HashSet<string>(StringComparer.Ordinal);
        var keys = new[] { factory.MintKey("gemeente", Municipality), factory.MintKey("ministerie"), factory.MintKey("beheer") };
        foreach (var (method, template, body) in Operations(document))
        {
            if (probed.Contains(body) || await PathOfAsync(template, keys[1]) is not { } path)
            {
                continue;
            }

            // An empty object names the required fields of the body itself (a field missing with its object counts for both);
            // the skeleton has every object, so it names the required fields inside them.
            foreach (var (errorPath, _) in await VerplichtAsync(method, path, new JsonObject(), keys))
            {
                var segments = Segments(errorPath);
                for (var length = 1; length <= segments.Count; length++)
                {
                    AddField(schemas, body, segments.Take(length).ToList(), required);
                }
            }

            foreach (var (errorPath, _) in await VerplichtAsync(method, path, Skeleton(schemas, schemas[body]!.AsObject()), keys))
            {
                AddField(schemas, body, Segments(errorPath), required);
            }

            probed.Add(body);
            Reached(schemas, schemas[body]!.AsObject(), probed);
        }

        return (document, required, probed);
    }

    /// <summary>Every operation with a JSON body, by method, path template and the body's schema name.</summary>
    private static IEnumerable<(HttpMethod Method, string Path, string Body)> Operations(JsonNode document)
    {
        foreach (var (template, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>() is { } reference)
                {
                    yield return (new HttpMethod(method.ToUpperInvariant()), template, reference.Split('/')[^1]);
                }
            }
        }
    }

    /// <summary>The path with its parameters filled in: a known gemeente, or the id of the first item of the collection above; <c>null</c> when that collection is empty.</summary>
    private async Task<string?> PathOfAsync(string template, string ministryKey)
    {
        var path = "/v1" + template.Replace("{gemeenteCode}", Municipality, StringComparison.Ordinal);
        int open;
        while ((open = path.IndexOf('{', StringComparison.Ordinal)) >= 0)
        {
            var list = JsonNode.Parse(await ApiFactory.WithKey(factory.CreateClient(), ministryKey).GetStringAsync(path[..(open - 1)]));
            if (FirstId(list) is not { } id)
            {
                return null;
            }

            path = path[..open] + id + path[(path.IndexOf('}', open) + 1)..];
        }

        return path;
    }

    private static string? FirstId(JsonNode? node) => node switch
    {
        JsonObject o when o["id"] is JsonValue v && v.TryGetValue<string>(out var id) => id,
        JsonObject o => o.Select(p => FirstId(p.Value)).FirstOrDefault(id => id is not null),
        JsonArray a => a.Select(FirstId).FirstOrDefault(id => id is not null),
        _ => null,
    };

    /// <summary>Sends the body with the first key the operation lets in; the fields its 400 calls required without a condition.</summary>
    private async Task<IReadOnlyList<(string Path, string Message)>> VerplichtAsync(HttpMethod method, string path, JsonObject body, string[] keys)
    {
        foreach (var key in keys)
        {
            using var request = new HttpRequestMessage(method, path) { Content = HttpAssertions.Json(body.ToJsonString()) };
            request.Headers.Add("X-Api-Key", key);
            if (method == HttpMethod.Put)
            {
                request.Headers.TryAddWithoutValidation("If-Match", "*");
            }

            using var response = await factory.CreateClient().SendAsync(request);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                continue;
            }

            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                return [];
            }

            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return (problem["errors"]?.AsObject() ?? [])
                .SelectMany(e => e.Value!.AsArray().Select(m => (e.Key, m!.GetValue<string>())))
                .Where(e => e.Item2 == "Verplicht." || e.Item2.StartsWith("Verplicht:", StringComparison.Ordinal) || e.Item2.StartsWith("Verplicht,", StringComparison.Ordinal))
                .ToArray();
        }

        throw new InvalidOperationException($"No key reaches {method} {path}.");
    }

    /// <summary>An object with every nested object and one item of every list of objects, and no values.</summary>
    private static JsonObject Skeleton(JsonObject schemas, JsonObject schema)
    {
        var skeleton = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            if (ObjectSchema(schemas, property) is { } nested)
            {
                skeleton[name] = Skeleton(schemas, nested);
            }
            else if (property?["type"]?.GetValue<string>() == "array" && ObjectSchema(schemas, property["items"]) is { } item)
            {
                skeleton[name] = new JsonArray(Skeleton(schemas, item));
            }
        }

        return skeleton;
    }

    /// <summary>The schemas a body reaches through its properties, items and dictionary values.</summary>
    private static void Reached(JsonObject schemas, JsonNode? schema, HashSet<string> reached)
    {
        if (schema is not JsonObject node)
        {
            return;
        }

        if (node["$ref"]?.GetValue<string>().Split('/')[^1] is { } target && reached.Add(target))
        {
            Reached(schemas, schemas[target], reached);
        }

        foreach (var (_, property) in node["properties"]?.AsObject() ?? [])
        {
            Reached(schemas, property, reached);
        }

        Reached(schemas, node["items"], reached);
        Reached(schemas, node["additionalProperties"], reached);
        foreach (var part in node["allOf"]?.AsArray() ?? [])
        {
            Reached(schemas, part, reached);
        }
    }

    /// <summary>Adds <c>Schema.property</c> for the last segment of a path when the path walks properties only (not dictionary keys).</summary>
    private static void AddField(JsonObject schemas, string body, List<string> segments, HashSet<string> required)
    {
        var name = body;
        for (var i = 0; i < segments.Count; i++)
        {
            var schema = schemas[name]!.AsObject();
            if (schema["properties"]?[segments[i]] is not { } property)
            {
                return;
            }

            if (i == segments.Count - 1)
            {
                required.Add($"{name}.{segments[i]}");
                return;
            }

            var next = property["type"]?.GetValue<string>() == "array" ? property["items"] : property;
            if (Reference(next) is not { } target)
            {
                return;
            }

            name = target;
        }
    }

    private static JsonObject? PropertyOf(JsonObject schemas, string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        return schemas[field[..dot]]?["properties"]?[field[(dot + 1)..]]?.AsObject();
    }

    /// <summary>The object schema (with properties) a property refers to, directly or through <c>allOf</c>.</summary>
    private static JsonObject? ObjectSchema(JsonObject schemas, JsonNode? property) =>
        Reference(property) is { } name && schemas[name] is JsonObject target && target["properties"] is not null ? target : null;

    private static string? Reference(JsonNode? property) =>
        (property?["$ref"] ?? property?["allOf"]?[0]?["$ref"])?.GetValue<string>().Split('/')[^1];

    /// <summary>A JSON path of an error as property names, indexes left out: <c>aantallen[0].gemeenteCode</c> → aantallen, gemeenteCode.</summary>
    private static List<string> Segments(string path) =>
        path.Split('.').Select(s => s.Contains('[', StringComparison.Ordinal) ? s[..s.IndexOf('[', StringComparison.Ordinal)] : s).Where(s => s.Length > 0).ToList();
}
