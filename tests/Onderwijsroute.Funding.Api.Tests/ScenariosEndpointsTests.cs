using System.Net;
using ClosedXML.Excel;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>Scenarios, runs, downloads and comparisons over HTTP, on a real SQLite file.</summary>
public sealed class ScenariosEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>A small valid scenario: 2026-2027, supplied counts in Amsterdam and Groningen, all starting in their housing year (the rule case worked by hand).</summary>
    internal static JsonObject SmallScenario(string name = "rekenvoorbeeld") => JsonNode.Parse($$"""
        { "naam": "{{name}}", "omschrijving": "Rekenvoorbeeld van de onderwijsroute", "jaren": { "van": 2026, "totEnMet": 2027 },
          "overschrijvingen": [ { "regeling": "prognose-aannames", "parameter": "aandeel-start-volgend-jaar", "van": "2026-01-01", "waarde": "0", "reden": "test" } ],
          "spreiding": { "methode": "aantallen", "status": "aanname", "bron": "test", "aantallen": { "2026": { "GM0363": 3, "GM0014": 1 }, "2027": { "GM0014": 2 } } },
          "prijzen": { "prijspeiljaar": 2026, "indexatie": 0, "duurMaanden": 18, "startmaand": 7, "status": "aanname", "bron": "test",
            "perNiveau": { "mbo2": { "gecontracteerd": 16200, "maatwerk": 18000 }, "mbo3": { "gecontracteerd": 16200, "maatwerk": 18000 }, "mbo4": { "gecontracteerd": 16200, "maatwerk": 18000 },
              "hbo-mei": { "gecontracteerd": 16200, "maatwerk": 18000 }, "hbo-ntg": { "gecontracteerd": 16200, "maatwerk": 18000 },
              "wo-mei": { "gecontracteerd": 16200, "maatwerk": 18000 }, "wo-ntg": { "gecontracteerd": 16200, "maatwerk": 18000 } },
            "niveauverdeling": { "mbo2": 1 } },
          "onzekerheid": { "variatiecoefficientDeelnemers": 0.25, "variatiecoefficientPrijs": 0.1, "status": "aanname", "bron": "test" } }
        """)!.AsObject();

    private static decimal Figure(JsonElement year, string name) =>
        year.GetProperty("kengetallen").EnumerateArray().Single(f => f.GetProperty("naam").GetString() == name).GetProperty("waarde").GetDecimal();

    private async Task<string> CreateScenarioAsync(JsonObject scenario)
    {
        var response = await factory.CreateClient("ministerie").PostAsync("/v1/scenarios", HttpAssertions.Json(scenario.ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    private async Task<(string Id, JsonElement Body)> RunAsync(string scenarioId)
    {
        var response = await factory.CreateClient("ministerie").PostAsync($"/v1/scenarios/{scenarioId}/doorrekeningen", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal($"/v1/doorrekeningen/{body.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        return (body.GetProperty("id").GetString()!, body);
    }

    [Fact]
    public async Task ReadyScenarios_AreListedOnFirstStart_AndRunOutOfTheBox()
    {
        var client = factory.CreateClient("ministerie");

        var list = await (await client.GetAsync("/v1/scenarios")).ReadJsonAsync();
        var ids = list.GetProperty("scenarios").EnumerateArray().Where(s => s.GetProperty("kantEnKlaar").GetBoolean()).Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["garantieprijs-per-niveau", "geen-extra-financiering", "plafond-15-miljoen", "vastgesteld-beleid"], ids);

        var scenario = await (await client.GetAsync("/v1/scenarios/plafond-15-miljoen")).ReadJsonAsync();
        Assert.All(scenario.GetProperty("aannames").EnumerateArray(), a => Assert.Equal("aanname", a.GetProperty("status").GetString()));

        var (_, run) = await RunAsync("plafond-15-miljoen");
        var year2027 = run.GetProperty("jaren").EnumerateArray().Single(y => y.GetProperty("jaar").GetInt32() == 2027);
        Assert.Equal(15_000_000m, Figure(year2027, "uitgavenRijk.scenario-budgetpot"));
        Assert.Equal(9, run.GetProperty("jaren").GetArrayLength());
    }

    [Fact]
    public async Task CreateAndRun_SmallScenario_GivesTheHandWorkedFigures_AndIsStoredAsAnswered()
    {
        var id = await CreateScenarioAsync(SmallScenario());
        var (runId, run) = await RunAsync(id);

        var year2027 = run.GetProperty("jaren")[1];
        Assert.Equal(56_400m, Figure(year2027, "kostenGemeenten"));
        Assert.Equal(21_114m, Figure(year2027, "saldo"));
        Assert.Equal(2m, Figure(year2027, "gemeentenMetTekort"));
        Assert.Equal(19_906m, year2027.GetProperty("tekortVerdeling").GetProperty("max").GetDecimal());
        Assert.Equal("2.2.0", run.GetProperty("engineVersie").GetString());
        Assert.StartsWith("sha256:", run.GetProperty("parameterVersie").GetString(), StringComparison.Ordinal);

        var stored = await factory.CreateClient("ministerie").GetStringAsync($"/v1/doorrekeningen/{runId}");
        Assert.Equal(run.GetRawText(), JsonDocument.Parse(stored).RootElement.GetRawText());
    }

    [Fact]
    public async Task RunningTwice_GivesIdenticalFigures()
    {
        var id = await CreateScenarioAsync(SmallScenario("twee-keer"));

        var (_, first) = await RunAsync(id);
        var (_, second) = await RunAsync(id);

        Assert.Equal(first.GetProperty("jaren").GetRawText(), second.GetProperty("jaren").GetRawText());
        Assert.Equal(first.GetProperty("invoerHash").GetString(), second.GetProperty("invoerHash").GetString());
    }

    [Fact]
    public async Task GemeenteLines_ArePaged_AndDownloadableAsCsvAndXlsx()
    {
        var client = factory.CreateClient("ministerie");
        var (runId, _) = await RunAsync(await CreateScenarioAsync(SmallScenario("regels")));

        var page = await (await client.GetAsync($"/v1/doorrekeningen/{runId}/gemeenten?jaar=2027&pagina=1&paginaGrootte=400")).ReadJsonAsync();
        Assert.Equal(342, page.GetProperty("totaal").GetInt64());
        var groningen = page.GetProperty("regels").EnumerateArray().Single(r => r.GetProperty("gemeenteCode").GetString() == "GM0014");
        Assert.Equal(1_208m, groningen.GetProperty("tekort").GetDecimal());
        Assert.Equal(10_298m, groningen.GetProperty("toeslag").GetDecimal());

        var csv = await client.GetAsync($"/v1/doorrekeningen/{runId}/gemeenten-export?formaat=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var all = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Inhoud,", all[0], StringComparison.Ordinal);
        Assert.Contains(all, l => l.StartsWith("Scenario,", StringComparison.Ordinal));
        var header = Array.FindIndex(all, l => l.StartsWith("Jaar,Gemeentecode,Gemeente,", StringComparison.Ordinal));
        var lines = all[header..];
        Assert.Equal(1 + (2 * 342), lines.Length);
        Assert.Contains(lines, l => l.StartsWith("2027,GM0014,Groningen,AM01,2,3,3,24000,12494", StringComparison.Ordinal) && l.TrimEnd('\r').EndsWith(",1208", StringComparison.Ordinal));

        var xlsx = await client.GetAsync($"/v1/doorrekeningen/{runId}/gemeenten-export?formaat=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            var sheet = workbook.Worksheet("Gemeenten");
            Assert.Equal("Tekort (negatief: overschot)", sheet.Cell(1, 16).GetString());
            Assert.Equal("Over dit bestand", workbook.Worksheets.First().Name);
            var row = sheet.RowsUsed().Skip(1).Single(r => r.Cell(1).GetValue<int>() == 2027 && r.Cell(2).GetString() == "GM0014");
            Assert.Equal(1_208m, row.Cell(16).GetValue<decimal>());
            Assert.Equal(1 + (2 * 342), sheet.RowsUsed().Count());
        }

        await (await client.GetAsync($"/v1/doorrekeningen/{runId}/gemeenten-export?formaat=pdf")).AssertProblemAsync(HttpStatusCode.NotAcceptable);
        await (await client.GetAsync($"/v1/doorrekeningen/{runId}/gemeenten?jaar=2031")).AssertInvalidAsync("jaar");
    }

    [Fact]
    public async Task Compare_ReadyScenarios_GivesDifferencesAndFlips()
    {
        var (adopted, _) = await RunAsync("vastgesteld-beleid");
        var (none, _) = await RunAsync("geen-extra-financiering");
        var (pot, _) = await RunAsync("plafond-15-miljoen");

        var response = await factory.CreateClient("ministerie").PostAsync("/v1/vergelijkingen", HttpAssertions.Json($$"""{ "doorrekeningen": [ "{{none}}", "{{adopted}}", "{{pot}}" ] }"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var comparison = await response.ReadJsonAsync();
        var spending2027 = comparison.GetProperty("jaren").EnumerateArray().Single(y => y.GetProperty("jaar").GetInt32() == 2027)
            .GetProperty("kengetallen").EnumerateArray().Single(k => k.GetProperty("naam").GetString() == "uitgavenRijk.spuk-onderwijsroute-toeslag-2026");
        Assert.Equal(0m, spending2027.GetProperty("verschillen")[0].GetDecimal());
        Assert.Equal(spending2027.GetProperty("waarden")[1].GetDecimal(), spending2027.GetProperty("verschillen")[1].GetDecimal());
        var flips = comparison.GetProperty("omslagen").EnumerateArray().ToArray();
        Assert.Contains(flips, f => f.GetProperty("doorrekening").GetString() == pot && f.GetProperty("richting").GetString() == "naar-overschot" && f.GetProperty("jaar").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task Compare_BadInput_NamesTheField()
    {
        var client = factory.CreateClient("ministerie");
        var (run, _) = await RunAsync("vastgesteld-beleid");

        await (await client.PostAsync("/v1/vergelijkingen", HttpAssertions.Json($$"""{ "doorrekeningen": [ "{{run}}" ] }"""))).AssertInvalidAsync("doorrekeningen");
        await (await client.PostAsync("/v1/vergelijkingen", HttpAssertions.Json($$"""{ "doorrekeningen": [ "{{run}}", "bestaat-niet" ] }"""))).AssertInvalidAsync("doorrekeningen[1]");
    }

    [Fact]
    public async Task CreateScenario_ManyWrongFields_AnswersOneProblemNamingEachField()
    {
        var scenario = SmallScenario();
        scenario["naam"] = "";
        scenario["omschrijving"] = " ";
        scenario["prijzen"]!["duurMaanden"] = 0;
        scenario["prijzen"]!["niveauverdeling"] = JsonNode.Parse("""{ "mbo2": 0.5 }""");
        scenario["spreiding"]!["aantallen"] = JsonNode.Parse("""{ "2026": { "GM9999": 1 } }""");
        scenario["overschrijvingen"] = JsonNode.Parse("""[ { "regeling": "spuk-regulier", "parameter": "bestaat-niet", "van": "2026-01-01", "waarde": "1" } ]""");

        var response = await factory.CreateClient("ministerie").PostAsync("/v1/scenarios", HttpAssertions.Json(scenario.ToJsonString()));

        await response.AssertInvalidAsync("naam", "omschrijving", "prijzen.duurMaanden", "prijzen.niveauverdeling", "spreiding.aantallen.2026.GM9999", "overschrijvingen[0].parameter");
    }

    [Theory]
    [InlineData("beleid\u202e2026")]
    [InlineData("beleid\u001b[2J")]
    [InlineData("be\u200bleid")]
    public async Task CreateScenario_ANameWithHiddenCharacters_IsA400NamingIt(string name)
    {
        var scenario = SmallScenario();
        scenario["naam"] = name;

        var response = await factory.CreateClient("ministerie").PostAsync("/v1/scenarios", HttpAssertions.Json(scenario.ToJsonString()));

        await response.AssertInvalidAsync("naam");
    }

    [Fact]
    public async Task CreateScenario_UnknownFieldOrWrongType_IsA400NamingIt()
    {
        var client = factory.CreateClient("ministerie");
        var unknown = SmallScenario();
        unknown["prijzen"]!["kleur"] = "rood";
        var wrongType = SmallScenario();
        wrongType["jaren"]!["van"] = "2026";

        await (await client.PostAsync("/v1/scenarios", HttpAssertions.Json(unknown.ToJsonString()))).AssertInvalidAsync("prijzen.kleur");
        await (await client.PostAsync("/v1/scenarios", HttpAssertions.Json(wrongType.ToJsonString()))).AssertInvalidAsync("jaren.van");
    }

    [Fact]
    public async Task UnknownIds_Are404Problems()
    {
        var client = factory.CreateClient("ministerie");

        await (await client.GetAsync("/v1/scenarios/bestaat-niet")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync("/v1/scenarios/bestaat-niet/doorrekeningen", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/v1/doorrekeningen/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/v1/onzekerheidsanalyses/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>Every route of one scenario checks its id first: a malformed one is a 400 naming <c>id</c>, before any body, If-Match or work.</summary>
    [Theory]
    [InlineData("GET", "")]
    [InlineData("PUT", "")]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/doorrekeningen")]
    [InlineData("POST", "/onzekerheidsanalyses")]
    [InlineData("GET", "/doorrekeningen")]
    [InlineData("GET", "/onzekerheidsanalyses")]
    public async Task MalformedScenarioId_IsA400NamingTheId_OnEveryRouteOfTheScenario(string method, string below)
    {
        var response = await factory.CreateClient("ministerie").SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/v1/scenarios/Geen_Id{below}"));

        var errors = await response.AssertInvalidAsync("id");
        Assert.Equal("'Geen_Id' is geen geldig scenario-id (een GUID of de naam van een kant-en-klaar scenario).", errors.GetProperty("id")[0].GetString());
    }
}
