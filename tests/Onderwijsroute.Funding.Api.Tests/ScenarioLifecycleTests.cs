using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>Scenarios as documents that live (docs/api.md, "Scenario's"): replace, delete, based on another, names unique per owner; on a real SQLite file.</summary>
public sealed class ScenarioLifecycleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static HttpRequestMessage Write(HttpMethod method, string path, JsonObject? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : HttpAssertions.Json(body.ToJsonString()) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private static async Task<(string Path, string ETag, JsonElement Body)> CreateAsync(HttpClient client, JsonObject scenario)
    {
        var response = await client.PostAsync("/v1/scenarios", HttpAssertions.Json(scenario.ToJsonString()));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (response.Headers.Location!.OriginalString, response.Headers.ETag!.Tag, await response.ReadJsonAsync());
    }

    [Fact]
    public async Task Replace_NeedsIfMatch_RefusesAStaleOne_AndLeavesEarlierRunsTheirOwnCopy()
    {
        var client = factory.CreateClient("ministerie");
        var (path, etag, _) = await CreateAsync(client, ScenariosEndpointsTests.SmallScenario("te-vervangen"));
        var run = await client.PostAsync(path + "/doorrekeningen", null);
        Assert.Equal(HttpStatusCode.Created, run.StatusCode);
        var runPath = run.Headers.Location!.OriginalString;
        var runBefore = await client.GetStringAsync(runPath);
        var replacement = ScenariosEndpointsTests.SmallScenario("vervangen");
        replacement["omschrijving"] = "Tweede versie";

        await (await client.SendAsync(Write(HttpMethod.Put, path, replacement, null))).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await client.SendAsync(Write(HttpMethod.Put, path, replacement, "\"99\""))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var replaced = await client.SendAsync(Write(HttpMethod.Put, path, replacement, etag));

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag!.Tag);
        var read = await client.GetAsync(path);
        Assert.Equal("\"2\"", read.Headers.ETag!.Tag);
        var body = await read.ReadJsonAsync();
        Assert.Equal("vervangen", body.GetProperty("naam").GetString());
        Assert.Equal(2, body.GetProperty("versie").GetInt64());
        await (await client.SendAsync(Write(HttpMethod.Put, path, replacement, etag))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(runBefore, await client.GetStringAsync(runPath));
    }

    [Fact]
    public async Task Delete_NeedsIfMatch_AndItsRunsAndAnalysesStayFindable()
    {
        var client = factory.CreateClient("ministerie");
        var (path, etag, created) = await CreateAsync(client, ScenariosEndpointsTests.SmallScenario("te-verwijderen"));
        var id = created.GetProperty("id").GetString()!;
        var runPath = (await client.PostAsync(path + "/doorrekeningen", null)).Headers.Location!.OriginalString;
        var analysis = await client.PostAsync(path + "/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 20, "seed": 3 }"""));
        Assert.Equal(HttpStatusCode.Accepted, analysis.StatusCode);

        await (await client.SendAsync(Write(HttpMethod.Delete, path, null, null))).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await client.SendAsync(Write(HttpMethod.Delete, path, null, "\"7\""))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Write(HttpMethod.Delete, path, null, etag))).StatusCode);

        await (await client.GetAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(runPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(analysis.Headers.Location!.OriginalString)).StatusCode);
        var runs = await (await client.GetAsync($"/v1/doorrekeningen?scenario={id}")).ReadJsonAsync();
        Assert.Equal(1, runs.GetProperty("totaal").GetInt64());
        Assert.Equal("te-verwijderen", runs.GetProperty("doorrekeningen")[0].GetProperty("scenarioNaam").GetString());
        var analyses = await (await client.GetAsync($"/v1/onzekerheidsanalyses?scenario={id}")).ReadJsonAsync();
        Assert.Equal(1, analyses.GetProperty("totaal").GetInt64());
    }

    [Fact]
    public async Task AReadyScenario_CannotBeReplacedOrDeleted()
    {
        var client = factory.CreateClient("ministerie");

        await (await client.SendAsync(Write(HttpMethod.Put, "/v1/scenarios/vastgesteld-beleid", ScenariosEndpointsTests.SmallScenario("x"), "*"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.SendAsync(Write(HttpMethod.Delete, "/v1/scenarios/vastgesteld-beleid", null, "*"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/scenarios/vastgesteld-beleid")).StatusCode);
    }

    [Fact]
    public async Task AnotherKeysScenario_IsNotItsToReplace()
    {
        var (path, etag, _) = await CreateAsync(factory.CreateClient("ministerie"), ScenariosEndpointsTests.SmallScenario("van-een-ander"));

        await (await factory.CreateClient("ministerie").SendAsync(Write(HttpMethod.Delete, path, null, etag))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ADuplicateName_OfTheSameOwner_Is409_AndAnotherOwnerMayUseIt()
    {
        var client = factory.CreateClient("ministerie");
        var (firstPath, _, _) = await CreateAsync(client, ScenariosEndpointsTests.SmallScenario("dubbel"));
        var (_, etag, _) = await CreateAsync(client, ScenariosEndpointsTests.SmallScenario("enkel"));

        var problem = await (await client.PostAsync("/v1/scenarios", HttpAssertions.Json(ScenariosEndpointsTests.SmallScenario("dubbel").ToJsonString()))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(firstPath, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (secondPath, _, _) = await CreateAsync(client, ScenariosEndpointsTests.SmallScenario("nog-een"));
        await (await client.SendAsync(Write(HttpMethod.Put, secondPath, ScenariosEndpointsTests.SmallScenario("dubbel"), "*"))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.NotNull(etag);
        await CreateAsync(factory.CreateClient("ministerie"), ScenariosEndpointsTests.SmallScenario("dubbel"));
    }

    [Fact]
    public async Task BasisScenario_MergesOnlyTheChanges_ObjectsFieldByField()
    {
        var client = factory.CreateClient("ministerie");
        var (_, _, baseBody) = await CreateAsync(client, ScenariosEndpointsTests.SmallScenario("basis"));
        var baseId = baseBody.GetProperty("id").GetString()!;
        var changes = JsonNode.Parse($$"""{ "basisScenario": "{{baseId}}", "naam": "afgeleid", "prijzen": { "indexatie": 0.01 }, "onzekerheid": null }""")!.AsObject();

        var (_, _, derived) = await CreateAsync(client, changes);

        Assert.Equal(baseId, derived.GetProperty("basisScenario").GetString());
        var input = derived.GetProperty("invoer");
        Assert.Equal("afgeleid", input.GetProperty("naam").GetString());
        Assert.Equal(baseBody.GetProperty("invoer").GetProperty("omschrijving").GetString(), input.GetProperty("omschrijving").GetString());
        Assert.Equal(0.01m, input.GetProperty("prijzen").GetProperty("indexatie").GetDecimal());
        Assert.Equal(18, input.GetProperty("prijzen").GetProperty("duurMaanden").GetInt32());
        Assert.Equal(JsonValueKind.Null, input.GetProperty("onzekerheid").ValueKind);
        Assert.NotEqual(baseBody.GetProperty("invoerHash").GetString(), derived.GetProperty("invoerHash").GetString());
    }

    [Fact]
    public async Task BasisScenario_ThatDoesNotExist_Is400NamingIt()
    {
        var response = await factory.CreateClient("ministerie").PostAsync("/v1/scenarios", HttpAssertions.Json("""{ "basisScenario": "bestaat-niet", "naam": "x" }"""));

        await response.AssertInvalidAsync("basisScenario");
    }

    [Fact]
    public async Task AMissingYears_IsReportedOnce_NotWithTheErrorsThatFollowFromIt()
    {
        var scenario = ScenariosEndpointsTests.SmallScenario("zonder-jaren");
        scenario.Remove("jaren");

        var response = await factory.CreateClient("ministerie").PostAsync("/v1/scenarios", HttpAssertions.Json(scenario.ToJsonString()));

        await response.AssertInvalidAsync("jaren");
    }

    [Fact]
    public async Task AnOverridesValue_MayBeAJsonNumber_OrThe10String_WithTheSameInput_AndIsAnsweredAsANumber()
    {
        var client = factory.CreateClient("ministerie");
        var asNumber = ScenariosEndpointsTests.SmallScenario("waarde");
        asNumber["overschrijvingen"]![0]!["waarde"] = 0;
        var asText = ScenariosEndpointsTests.SmallScenario("waarde");

        var (_, _, number) = await CreateAsync(client, asNumber);
        var (_, _, text) = await CreateAsync(factory.CreateClient("ministerie"), asText);

        Assert.Equal(text.GetProperty("invoerHash").GetString(), number.GetProperty("invoerHash").GetString());
        var value = text.GetProperty("invoer").GetProperty("overschrijvingen")[0].GetProperty("waarde");
        Assert.Equal(JsonValueKind.Number, value.ValueKind);
        Assert.Equal(0m, value.GetDecimal());
    }

    [Fact]
    public async Task AnOverridesValue_ThatIsNeitherNumberNorText_Is400NamingIt()
    {
        var scenario = ScenariosEndpointsTests.SmallScenario("waarde-lijst");
        scenario["overschrijvingen"]![0]!["waarde"] = new JsonArray(1);

        var response = await factory.CreateClient("ministerie").PostAsync("/v1/scenarios", HttpAssertions.Json(scenario.ToJsonString()));

        await response.AssertInvalidAsync("overschrijvingen[0].waarde");
    }

    [Fact]
    public async Task AForecastOverridesValue_MayBeAJsonNumber_WithTheSameResultAsThe10String()
    {
        var client = factory.CreateClient();
        string Body(string value) => ForecastCalculationEndpointsTests.Example.Replace(
            "\"landelijkAantal\"", $$"""
            "overschrijvingen": [ { "regeling": "prognose-aannames", "parameter": "reiskosten-per-maand-maatwerk", "jaar": 2025, "waarde": {{value}} } ], "landelijkAantal"
            """, StringComparison.Ordinal);

        var number = await client.PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json(Body("0")));
        var text = await client.PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json(Body("\"0\"")));

        Assert.Equal(HttpStatusCode.OK, number.StatusCode);
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        var (fromText, fromNumber) = (await text.ReadJsonAsync(), await number.ReadJsonAsync());
        Assert.Equal(fromText.GetProperty("parameterVersie").GetString(), fromNumber.GetProperty("parameterVersie").GetString());
        Assert.Equal(fromText.GetProperty("jaren").GetRawText(), fromNumber.GetProperty("jaren").GetRawText());
        Assert.Equal(JsonValueKind.Number, fromText.GetProperty("toelichting").GetProperty("overschrijvingen")[0].GetProperty("waarde").ValueKind);
    }

    [Fact]
    public async Task ParameterValues_NameTheirLastDay_TotEnMet_AndStillTot()
    {
        var scheme = await (await factory.CreateClient().GetAsync("/v1/regelingen/spuk-onderwijsroute-2023")).ReadJsonAsync();

        var value = scheme.GetProperty("parameters")[0].GetProperty("waarden")[0];
        Assert.True(value.TryGetProperty("totEnMet", out var last));
        Assert.Equal(last.GetRawText(), value.GetProperty("tot").GetRawText());
    }

    [Fact]
    public async Task TheApiVersion_Is11()
    {
        var response = await factory.CreateClient().GetAsync("/v1/gemeenten/GM0014");

        Assert.Equal("1.1.0", response.Headers.GetValues("API-Version").Single());
    }
}
