using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;

namespace Onderwijsroute.Funding.Api.Tests.GeneratedInput;

/// <summary>
/// Generated scenario documents (<see cref="GeneratedScenarios"/>) through the real HTTP pipeline: creating one is a 201
/// or a 400 naming a field, never a 5xx; a created one runs (<c>doorrekeningen</c>) and compares (<c>vergelijkingen</c>)
/// without a 5xx; a few are analysed with 20 draws, and an analysis ends done or failed with a reason of its own, not
/// the service's generic one. <c>CsCheck_Seed</c> repeats a failure, <c>CsCheck_Iter</c> runs longer.
/// </summary>
public sealed class ScenarioGeneratedInputTests(ApiFactory factory, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private const string GenericFailure = "De analyse liep vast op een fout in de dienst; de beheerder vindt de oorzaak in het logboek.";

    private readonly HttpClient _client = factory.CreateClient("ministerie");

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _outcomes = new();

    [Fact]
    public async Task Scenarios_CreatedRunAndCompared_NeverA500()
    {
        var (ready, parameters) = await InputsAsync();
        var baseRun = await RunAsync("vastgesteld-beleid");
        await GeneratedScenarios.Document(ready, parameters).SampleAsync(
            async document =>
            {
                if (await CreateAsync(document) is not { } id)
                {
                    return;
                }

                var run = await RunAsync(id);
                using var compared = await _client.PostAsync("/v1/vergelijkingen", HttpAssertions.Json($$"""{ "doorrekeningen": [ "{{baseRun}}", "{{run}}" ] }"""));
                await AssertAnsweredAsync("POST /v1/vergelijkingen", compared);
            },
            output.WriteLine,
            iter: Iterations(60),
            threads: 1);
        output.WriteLine(string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")));
        Assert.True(_outcomes.GetValueOrDefault("POST /v1/scenarios 201") * 10 >= Iterations(60), "Too few generated scenarios were created; the generator no longer reaches the engine.");
    }

    [Fact]
    public async Task Analyses_EndDoneOrFailedWithAReason()
    {
        var (ready, parameters) = await InputsAsync();
        await GeneratedScenarios.Document(ready, parameters).SampleAsync(
            async document =>
            {
                if (await CreateAsync(document) is not { } id)
                {
                    return;
                }

                using var queued = await _client.PostAsync($"/v1/scenarios/{id}/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 20, "seed": 1 }"""));
                await AssertAnsweredAsync("POST onzekerheidsanalyses", queued);
                if (queued.StatusCode != HttpStatusCode.Accepted)
                {
                    return;
                }

                var status = await _client.WaitForFinalStatusAsync(queued.Headers.Location!.OriginalString);
                var state = status.GetProperty("status").GetString();
                _outcomes.AddOrUpdate("analyse " + state, 1, (_, n) => n + 1);
                var reason = status.GetProperty("reden").ValueKind == JsonValueKind.String ? status.GetProperty("reden").GetString() : null;
                if (state != "gereed" && (state != "mislukt" || string.IsNullOrWhiteSpace(reason) || reason == GenericFailure))
                {
                    throw new InvalidOperationException($"The analysis of {document} ended {state}: {reason}");
                }
            },
            output.WriteLine,
            iter: Iterations(8),
            threads: 1);
        output.WriteLine(string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")));
    }

    /// <summary>The iterations of a test, or <c>CsCheck_Iter</c> when set (an explicit count would ignore it).</summary>
    private static int Iterations(int normal) => int.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out var iter) ? iter : normal;

    /// <summary>The ready scenarios' documents and every parameter the service lists.</summary>
    private async Task<(JsonObject[] Ready, ListedParameter[] Parameters)> InputsAsync()
    {
        var list = await (await _client.GetAsync("/v1/scenarios")).ReadJsonAsync();
        var ready = new List<JsonObject>();
        foreach (var s in list.GetProperty("scenarios").EnumerateArray().Where(s => s.GetProperty("kantEnKlaar").GetBoolean()))
        {
            var scenario = await (await _client.GetAsync(s.GetProperty("href").GetString())).ReadJsonAsync();
            ready.Add(JsonNode.Parse(scenario.GetProperty("invoer").GetRawText())!.AsObject());
        }

        var parameters = new List<ListedParameter>();
        var schemes = await (await _client.GetAsync("/v1/regelingen")).ReadJsonAsync();
        foreach (var id in schemes.GetProperty("regelingen").EnumerateArray().Select(r => r.GetProperty("id").GetString()))
        {
            var detail = await (await _client.GetAsync($"/v1/regelingen/{id}")).ReadJsonAsync();
            foreach (var p in detail.GetProperty("parameters").EnumerateArray())
            {
                var value = p.GetProperty("waarden").EnumerateArray().Last().GetProperty("waarde");
                parameters.Add(new ListedParameter(id!, p.GetProperty("naam").GetString()!, p.GetProperty("eenheid").GetString()!, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()));
            }
        }

        Assert.Equal(4, ready.Count);
        return ([.. ready], [.. parameters]);
    }

    /// <summary>Creates a scenario: its id, or null after a 400 that names a field.</summary>
    private async Task<string?> CreateAsync(string document)
    {
        using var response = await _client.PostAsync("/v1/scenarios", HttpAssertions.Json(document));
        await AssertAnsweredAsync("POST /v1/scenarios", response, document);
        return response.StatusCode == HttpStatusCode.Created ? (await response.ReadJsonAsync()).GetProperty("id").GetString() : null;
    }

    private async Task<string> RunAsync(string scenarioId)
    {
        using var response = await _client.PostAsync($"/v1/scenarios/{scenarioId}/doorrekeningen", null);
        await AssertAnsweredAsync("POST doorrekeningen", response);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    private async Task AssertAnsweredAsync(string what, HttpResponseMessage response, string? body = null)
    {
        _outcomes.AddOrUpdate($"{what} {(int)response.StatusCode}", 1, (_, n) => n + 1);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {text}");
        }

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            using var problem = JsonDocument.Parse(text);
            if (!problem.RootElement.TryGetProperty("errors", out var errors) || !errors.EnumerateObject().Any(e => e.Name.Length > 0 && e.Value.GetArrayLength() > 0))
            {
                throw new InvalidOperationException($"{what} answered 400 without a field in errors: {text} (body {body})");
            }
        }
    }
}
