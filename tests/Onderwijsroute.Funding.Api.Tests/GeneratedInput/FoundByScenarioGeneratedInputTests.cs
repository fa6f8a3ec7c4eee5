using System.Net;
using System.Text.Json.Nodes;

namespace Onderwijsroute.Funding.Api.Tests.GeneratedInput;

/// <summary>
/// The smallest scenario documents that made a run (or an analysis) fail with a 500 before, found by
/// <see cref="ScenarioGeneratedInputTests"/> and by hand at the bounds; each is now a 400 naming its field, or runs.
/// </summary>
public sealed class FoundByScenarioGeneratedInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient("ministerie");

    /// <summary>The small scenario (2026-2027, counts) spread by inhabitants, with national participants per year.</summary>
    private static JsonObject ByInhabitants(long participants)
    {
        var scenario = ScenariosEndpointsTests.SmallScenario("gevonden");
        scenario["spreiding"] = new JsonObject { ["methode"] = "inwoners", ["status"] = "aanname", ["bron"] = "test" };
        scenario["deelnemers"] = new JsonObject { ["perJaar"] = new JsonObject { ["2026"] = participants, ["2027"] = participants }, ["status"] = "aanname", ["bron"] = "test" };
        return scenario;
    }

    private static JsonObject WithOverride(JsonObject scenario, string scheme, string parameter, string from, string value)
    {
        scenario["overschrijvingen"]!.AsArray().Add(new JsonObject { ["regeling"] = scheme, ["parameter"] = parameter, ["van"] = from, ["waarde"] = value, ["reden"] = "test" });
        return scenario;
    }

    private Task<HttpResponseMessage> CreateAsync(JsonObject scenario) => _client.PostAsync("/v1/scenarios", HttpAssertions.Json(scenario.ToJsonString()));

    [Theory]
    // Prices indexed by 99% a year from 2000, or by -49% a year back from 2100: the indexed price overflowed a run.
    [InlineData(2000, "0.99")]
    [InlineData(2100, "-0.49")]
    public async Task IndexationThatTakesAPriceAboveAMillion_Is400NamingIt(int baseYear, string indexation)
    {
        var scenario = ByInhabitants(1000);
        scenario["prijzen"]!["prijspeiljaar"] = baseYear;
        scenario["prijzen"]!["indexatie"] = decimal.Parse(indexation, System.Globalization.CultureInfo.InvariantCulture);

        await (await CreateAsync(scenario)).AssertInvalidAsync("prijzen.indexatie");
    }

    [Fact]
    public async Task APriceAboveAMillion_Is400NamingIt()
    {
        // €10 million per traject was accepted; with the participant bound an analysis overflowed.
        var scenario = ByInhabitants(1000);
        scenario["prijzen"]!["perNiveau"]!["mbo2"]!["gecontracteerd"] = 1_000_000.01m;

        await (await CreateAsync(scenario)).AssertInvalidAsync("prijzen.perNiveau.mbo2.gecontracteerd");
    }

    [Fact]
    public async Task AnAmountPerPersonAboveAMillion_Is400NamingIt()
    {
        // €10 billion per person times 10 million participants overflowed the regular grant in a run.
        var scenario = WithOverride(ByInhabitants(10_000_000), "spuk-regulier", "leerroutecomponent-per-asielstatushouder", "2022-01-01", "10000000000");

        await (await CreateAsync(scenario)).AssertInvalidAsync("overschrijvingen[1].waarde");
    }

    [Fact]
    public async Task ARoundingUnitThatDoesNotDivideTheCentralGrantsBudget_Is400NamingTheOverrides()
    {
        // The €24M to centrumgemeenten is computed as advances: a unit of €17,000 made the run a 500.
        var scenario = ScenariosEndpointsTests.SmallScenario("gevonden");
        scenario["jaren"] = new JsonObject { ["van"] = 2023, ["totEnMet"] = 2023 };
        scenario["spreiding"] = new JsonObject { ["methode"] = "inwoners", ["status"] = "aanname", ["bron"] = "test" };
        scenario["deelnemers"] = new JsonObject { ["perJaar"] = new JsonObject { ["2023"] = 100 }, ["status"] = "aanname", ["bron"] = "test" };
        scenario["overschrijvingen"] = new JsonArray();

        await (await CreateAsync(WithOverride(scenario, "spuk-onderwijsroute-2022", "afrondingseenheid", "2023-01-01", "17000"))).AssertInvalidAsync("overschrijvingen");
    }

    [Fact]
    public async Task CountsAddingUpToMoreThanTenMillionAYear_Are400NamingTheYear()
    {
        // 342 gemeenten of 1,000,000 each passed, past the national bound of deelnemers.perJaar.
        var scenario = ScenariosEndpointsTests.SmallScenario("gevonden");
        var counts = new JsonObject();
        foreach (var code in GeneratedBodies.MunicipalityCodes.Take(11))
        {
            counts[code] = 1_000_000;
        }

        scenario["spreiding"]!["aantallen"] = new JsonObject { ["2026"] = counts };

        await (await CreateAsync(scenario)).AssertInvalidAsync("spreiding.aantallen.2026");
    }

    [Fact]
    public async Task AGuaranteedPriceFromBeforeTheSupplement_Runs()
    {
        // An override of the guaranteed price from 2022 asked the supplement's indexation for 2022, which has none: a 500.
        var scenario = WithOverride(ByInhabitants(1000), "spuk-onderwijsroute-toeslag-2026", "gegarandeerde-trajectprijs", "2022-01-01", "20000");
        scenario["jaren"] = new JsonObject { ["van"] = 2022, ["totEnMet"] = 2027 };
        scenario["deelnemers"]!["perJaar"] = new JsonObject { ["2022"] = 1000, ["2023"] = 1000, ["2024"] = 1000, ["2025"] = 1000, ["2026"] = 1000, ["2027"] = 1000 };
        scenario["prijzen"]!["startmaand"] = 7;
        var created = await CreateAsync(scenario);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetString();

        var run = await _client.PostAsync($"/v1/scenarios/{id}/doorrekeningen", null);

        Assert.Equal(HttpStatusCode.Created, run.StatusCode);
    }

    [Theory]
    // The €24M and the gemeentefonds share are computed as advances: another key or recipient (here one no scheme has)
    // made the run a 500.
    [InlineData("spuk-onderwijsroute-2022", "verdeelsleutel-voorschot", "onbekend")]
    [InlineData("spuk-onderwijsroute-2022", "ontvangers", "gemeenten")]
    [InlineData("gemeentefonds-uitvoering", "verdeelsleutel-voorschot", "inwoners-arbeidsmarktregio")]
    public async Task AnotherAdvanceKeyOrRecipientForTheFixedGrants_Is400NamingTheOverrides(string scheme, string parameter, string value)
    {
        var scenario = ByInhabitants(1000);
        scenario["jaren"] = new JsonObject { ["van"] = 2022, ["totEnMet"] = 2027 };
        scenario["deelnemers"]!["perJaar"] = new JsonObject { ["2022"] = 1000, ["2023"] = 1000, ["2024"] = 1000, ["2025"] = 1000, ["2026"] = 1000, ["2027"] = 1000 };

        await (await CreateAsync(WithOverride(scenario, scheme, parameter, "2020-01-01", value))).AssertInvalidAsync("overschrijvingen");
    }
}
