using System.Net;
using System.Text.Json;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>Nothing gets lost: runs, analyses and comparisons listed, filtered and paged with links a client follows (docs/api.md, "Lijsten"); on a real SQLite file.</summary>
public sealed class ResultListsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static Dictionary<string, string> Links(HttpResponseMessage response) =>
        string.Join(",", response.Headers.GetValues("Link"))
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(link => link.Split(';', StringSplitOptions.TrimEntries))
            .ToDictionary(parts => parts[1]["rel=\"".Length..^1], parts => parts[0][1..^1], StringComparer.Ordinal);

    private static async Task<(string Id, string[] Runs)> ScenarioWithRunsAsync(HttpClient client, string name, int runs)
    {
        var created = await client.PostAsync("/v1/scenarios", HttpAssertions.Json(ScenariosEndpointsTests.SmallScenario(name).ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetString()!;
        var ids = new List<string>();
        for (var i = 0; i < runs; i++)
        {
            var run = await client.PostAsync($"/v1/scenarios/{id}/doorrekeningen", null);
            Assert.Equal(HttpStatusCode.Created, run.StatusCode);
            ids.Add((await run.ReadJsonAsync()).GetProperty("id").GetString()!);
        }

        return (id, ids.ToArray());
    }

    [Fact]
    public async Task RunsOfAScenario_ArePaged_WithLinksAClientFollowsToTheEnd()
    {
        var client = factory.CreateClient("ministerie");
        var (id, runs) = await ScenarioWithRunsAsync(client, "gepagineerd", 3);

        var first = await client.GetAsync($"/v1/scenarios/{id}/doorrekeningen?paginaGrootte=2");
        var firstBody = await first.ReadJsonAsync();
        var links = Links(first);
        Assert.Equal(3, firstBody.GetProperty("totaal").GetInt64());
        Assert.Equal(2, firstBody.GetProperty("doorrekeningen").GetArrayLength());
        Assert.Equal("3", first.Headers.GetValues("X-Total-Count").Single());
        Assert.False(links.ContainsKey("prev"));
        Assert.Equal(links["last"], links["next"]);

        var second = await client.GetAsync(links["next"]);
        var secondBody = await second.ReadJsonAsync();
        var secondLinks = Links(second);
        Assert.False(secondLinks.ContainsKey("next"));
        Assert.Equal(links["self"], secondLinks["prev"]);
        var listed = firstBody.GetProperty("doorrekeningen").EnumerateArray().Concat(secondBody.GetProperty("doorrekeningen").EnumerateArray())
            .Select(r => r.GetProperty("id").GetString()!).ToArray();
        // Newest first; the test clock stands still, so runs made at the same instant follow their ids, highest first.
        Assert.Equal(runs.OrderDescending(StringComparer.Ordinal), listed);
    }

    [Fact]
    public async Task TheOverallRunList_KeepsItsFiltersInItsLinks_AndFiltersByScenarioAndDay()
    {
        var client = factory.CreateClient("ministerie");
        var (id, _) = await ScenarioWithRunsAsync(client, "gefilterd", 2);

        var page = await client.GetAsync($"/v1/doorrekeningen?scenario={id}&paginaGrootte=1");
        var body = await page.ReadJsonAsync();
        Assert.Equal(2, body.GetProperty("totaal").GetInt64());
        Assert.Contains($"scenario={id}", Links(page)["next"], StringComparison.Ordinal);
        Assert.All(body.GetProperty("doorrekeningen").EnumerateArray(), r => Assert.Equal(id, r.GetProperty("scenarioId").GetString()));

        var later = await (await client.GetAsync($"/v1/doorrekeningen?scenario={id}&aangemaaktVan=2026-03-02")).ReadJsonAsync();
        Assert.Equal(0, later.GetProperty("totaal").GetInt64());
        var thatDay = await (await client.GetAsync($"/v1/doorrekeningen?scenario={id}&aangemaaktVan=2026-03-01&aangemaaktTotEnMet=2026-03-01")).ReadJsonAsync();
        Assert.Equal(2, thatDay.GetProperty("totaal").GetInt64());
    }

    [Theory]
    [InlineData("/v1/scenarios?paginagrootte=2")]
    [InlineData("/v1/scenarios?PAGINAGROOTTE=2&Pagina=1")]
    public async Task PagingKeysInAnotherCase_AreReplacedInTheLinks_SoTheNextLinkWorks(string path)
    {
        // The query keys match without regard to case; the links must not keep the caller's spelling beside their own,
        // or following "next" names the page size twice and is a 400.
        var client = factory.CreateClient("ministerie");

        var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var next = Links(first)["next"];
        Assert.DoesNotContain("paginagrootte=", next, StringComparison.Ordinal);
        Assert.DoesNotContain("PAGINAGROOTTE=", next, StringComparison.Ordinal);
        Assert.DoesNotContain("Pagina=", next, StringComparison.Ordinal);

        var second = await client.GetAsync(next);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await second.ReadJsonAsync();
        Assert.Equal(2, body.GetProperty("pagina").GetInt32());
        Assert.Equal(2, body.GetProperty("paginaGrootte").GetInt32());
    }

    [Theory]
    [InlineData("/v1/doorrekeningen?aangemaaktVan=1-3-2026", "aangemaaktVan")]
    [InlineData("/v1/doorrekeningen?aangemaaktVan=2026-03-02&aangemaaktTotEnMet=2026-03-01", "aangemaaktTotEnMet")]
    [InlineData("/v1/doorrekeningen?paginaGrootte=1001", "paginaGrootte")]
    [InlineData("/v1/onzekerheidsanalyses?status=klaar", "status")]
    [InlineData("/v1/vergelijkingen?doorrekening=geen-guid&pagina=0", "doorrekening", "pagina")]
    [InlineData("/v1/scenarios?paginaGrootte=0", "paginaGrootte")]
    public async Task AWrongListQuery_Is400NamingEachKey(string query, params string[] keys)
    {
        var response = await factory.CreateClient("ministerie").GetAsync(query);

        await response.AssertInvalidAsync(keys);
    }

    [Fact]
    public async Task AComparison_IsStored_ReadAgainAsAnswered_AndListedByRunAndScenario()
    {
        var client = factory.CreateClient("ministerie");
        var (id, runs) = await ScenarioWithRunsAsync(client, "vergeleken", 1);
        var reference = (await (await client.PostAsync("/v1/scenarios/vastgesteld-beleid/doorrekeningen", null)).ReadJsonAsync()).GetProperty("id").GetString()!;

        var created = await client.PostAsync("/v1/vergelijkingen", HttpAssertions.Json($$"""{ "doorrekeningen": [ "{{reference}}", "{{runs[0]}}" ] }"""));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answered = await created.Content.ReadAsStringAsync();
        Assert.Equal(answered, await client.GetStringAsync(created.Headers.Location));
        var byRun = await (await client.GetAsync($"/v1/vergelijkingen?doorrekening={runs[0]}")).ReadJsonAsync();
        var byScenario = await (await client.GetAsync($"/v1/vergelijkingen?scenario={id}")).ReadJsonAsync();
        var comparisonId = JsonDocument.Parse(answered).RootElement.GetProperty("id").GetString();
        Assert.Equal(comparisonId, byRun.GetProperty("vergelijkingen").EnumerateArray().Single().GetProperty("id").GetString());
        Assert.Equal(comparisonId, byScenario.GetProperty("vergelijkingen").EnumerateArray().Single().GetProperty("id").GetString());
    }

    [Fact]
    public async Task Analyses_AreListedPerScenarioAndOverall_FilteredByStatus()
    {
        var client = factory.CreateClient("ministerie");
        var (id, _) = await ScenarioWithRunsAsync(client, "geanalyseerd", 0);
        var started = await client.PostAsync($"/v1/scenarios/{id}/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 20, "seed": 5 }"""));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var analysisId = (await started.ReadJsonAsync()).GetProperty("id").GetString();

        var ofScenario = await (await client.GetAsync($"/v1/scenarios/{id}/onzekerheidsanalyses")).ReadJsonAsync();
        Assert.Equal(analysisId, ofScenario.GetProperty("onzekerheidsanalyses").EnumerateArray().Single().GetProperty("id").GetString());
        var status = (await (await client.GetAsync($"/v1/onzekerheidsanalyses/{analysisId}")).ReadJsonAsync()).GetProperty("status").GetString();
        var withIts = await (await client.GetAsync($"/v1/onzekerheidsanalyses?scenario={id}&status={status}")).ReadJsonAsync();
        var failedResponse = await client.GetAsync($"/v1/onzekerheidsanalyses?scenario={id}&status=mislukt");
        var failed = await failedResponse.ReadJsonAsync();
        Assert.True(failedResponse.IsSuccessStatusCode, failed.GetRawText());
        Assert.NotEqual("mislukt", status);
        Assert.InRange(withIts.GetProperty("totaal").GetInt64(), 0, 1);
        Assert.Equal(0, failed.GetProperty("totaal").GetInt64());
        var overall = await (await client.GetAsync("/v1/onzekerheidsanalyses?paginaGrootte=1000")).ReadJsonAsync();
        Assert.Contains(overall.GetProperty("onzekerheidsanalyses").EnumerateArray(), a => a.GetProperty("id").GetString() == analysisId);
    }

    [Fact]
    public async Task TheListsOfAMissingScenario_Are404()
    {
        var client = factory.CreateClient("ministerie");

        await (await client.GetAsync("/v1/scenarios/bestaat-niet/doorrekeningen")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/v1/scenarios/bestaat-niet/onzekerheidsanalyses")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
