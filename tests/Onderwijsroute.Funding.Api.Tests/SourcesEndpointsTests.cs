using System.Net;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>The sources register over HTTP, and the sources in every explanation resolving to it.</summary>
public sealed class SourcesEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Bronnen_ListsEverySourceOnce_AnonymouslyAndCacheable()
    {
        var response = await _client.GetAsync("/v1/bronnen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        var body = await response.ReadJsonAsync();
        Assert.StartsWith("sha256:", body.GetProperty("parameterVersie").GetString(), StringComparison.Ordinal);
        var ids = body.GetProperty("bronnen").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(ids.Distinct().Order(StringComparer.Ordinal), ids);
        Assert.Contains("onderzoeksrapport-2023", ids);
        Assert.All(body.GetProperty("bronnen").EnumerateArray(), b => Assert.Contains(b.GetProperty("soort").GetString(), new[] { "primair", "secundair", "onderzoeksrapport", "eigen" }));
    }

    [Fact]
    public async Task Bron_ById_HasItsPassagesAndTheValuesThatCiteIt()
    {
        var body = await (await _client.GetAsync("/v1/bronnen/stcrt-2022-30604")).ReadJsonAsync();

        Assert.Equal("Regeling specifieke uitkering onderwijsroute", body.GetProperty("titel").GetString());
        Assert.Equal("2022-11-07", body.GetProperty("datum").GetString());
        Assert.Equal("2022-11-07", body.GetProperty("verschenen").GetString());
        Assert.Equal("primair", body.GetProperty("soort").GetString());
        Assert.StartsWith("https://zoek.officielebekendmakingen.nl/", body.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains(body.GetProperty("passages").EnumerateArray(), p => p.GetProperty("vindplaats").GetString() == "art. 4 lid 1");
        var uses = body.GetProperty("gebruiktDoor").EnumerateArray().ToArray();
        Assert.Contains(uses, u => u.GetProperty("regeling").GetString() == "spuk-onderwijsroute-2022" && u.GetProperty("parameter").GetString() == "budget"
            && u.GetProperty("van").GetString() == "2022-01-01" && u.GetProperty("status").GetString() == "bevestigd" && u.GetProperty("vindplaats").GetString() == "art. 4 lid 1");
        Assert.Contains(uses, u => u.GetProperty("parameter").GetString() == "ontvangers" && u.GetProperty("status").GetString() == "secundair" && u.GetProperty("vindplaats").GetString() == "art. 1");
    }

    [Fact]
    public async Task Bron_Unknown_Is404Problem()
    {
        var problem = await (await _client.GetAsync("/v1/bronnen/aef-2021")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("aef-2021", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bron_OnlyAYearKnown_HasNoDatumButItsYear()
    {
        var body = await (await _client.GetAsync("/v1/bronnen/onderzoeksrapport-2023")).ReadJsonAsync();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("datum").ValueKind);
        Assert.Equal("2023", body.GetProperty("verschenen").GetString());
        Assert.Equal("onderzoeksrapport", body.GetProperty("soort").GetString());
    }

    [Fact]
    public async Task Bron_MalformedId_Is400NamingTheField()
    {
        await (await _client.GetAsync("/v1/bronnen/Stcrt%202022")).AssertInvalidAsync("id");
    }

    [Fact]
    public async Task EveryValueInAnExplanation_NamesItsStatusAndASourceInTheRegister()
    {
        var ids = (await (await _client.GetAsync("/v1/bronnen")).ReadJsonAsync()).GetProperty("bronnen").EnumerateArray()
            .ToDictionary(b => b.GetProperty("id").GetString()!, b => b.GetProperty("titel").GetString());
        var body = await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2023 }"""))).ReadJsonAsync();

        var parameters = body.GetProperty("toelichting").GetProperty("parameters").EnumerateArray().ToArray();
        Assert.NotEmpty(parameters);
        foreach (var parameter in parameters)
        {
            var bron = parameter.GetProperty("bron").GetString()!;
            Assert.Equal(ids[bron], parameter.GetProperty("bronTitel").GetString());
            Assert.Contains(parameter.GetProperty("status").GetString(), new[] { "bevestigd", "secundair", "afgeleid", "aanname" });
            Assert.All(parameter.GetProperty("bronnen").EnumerateArray(), b => Assert.True(ids.ContainsKey(b.GetProperty("id").GetString()!)));
        }

        var budget = parameters.Single(p => p.GetProperty("naam").GetString() == "budget");
        Assert.Equal(("afgeleid", "[totaalbudget@2023] - [budget@2024] - [budget@2025]"), (budget.GetProperty("status").GetString(), budget.GetProperty("formule").GetString()));
    }

    [Fact]
    public async Task AnOverriddenValue_HasNoRegisterSource_ButItsReason()
    {
        var body = await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 20000000 }"""))).ReadJsonAsync();

        var budget = body.GetProperty("toelichting").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("naam").GetString() == "budget");
        Assert.True(budget.GetProperty("overschreven").GetBoolean());
        Assert.Equal("aanname", budget.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, budget.GetProperty("bron").ValueKind);
        Assert.Empty(budget.GetProperty("bronnen").EnumerateArray());
        Assert.StartsWith("Scenario-overschrijving", budget.GetProperty("toelichting").GetString(), StringComparison.Ordinal);
    }
}
