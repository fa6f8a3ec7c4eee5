namespace Onderwijsroute.Funding.Api.Tests.GeneratedInput;

/// <summary>The smallest bodies <see cref="GeneratedInputTests"/> found answering 500; each is now a 400 naming its field.</summary>
public sealed class FoundByGeneratedInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    // A rounding unit of 0: every budget check and distribution divided by it.
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 2029, "totEnMetJaar": 2029, "overschrijvingen": [ { "regeling": "spuk-onderwijsroute-toeslag-2026", "parameter": "afrondingseenheid", "jaar": 2029, "waarde": "0" } ] }""", "overschrijvingen[0].waarde")]
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2024, "overschrijvingen": [ { "regeling": "spuk-onderwijsroute-2023", "parameter": "afrondingseenheid", "jaar": 2024, "waarde": "-1" } ] }""", "overschrijvingen[0].waarde")]
    // Recipients or an advance key the forecast cannot compute advances for.
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2024, "overschrijvingen": [ { "regeling": "spuk-onderwijsroute-2023", "parameter": "ontvangers", "jaar": 2024, "waarde": "onbekend" } ] }""", "overschrijvingen")]
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 2023, "totEnMetJaar": 2023, "overschrijvingen": [ { "regeling": "gemeentefonds-uitvoering", "parameter": "ontvangers", "jaar": 2023, "waarde": "centrumgemeenten" } ] }""", "overschrijvingen")]
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 2023, "totEnMetJaar": 2023, "overschrijvingen": [ { "regeling": "spuk-onderwijsroute-2022", "parameter": "verdeelsleutel-voorschot", "jaar": 2023, "waarde": "inwoners" } ] }""", "overschrijvingen")]
    // A settlement key the forecast does not apply (it settles by the gemeente's own count); it was silently ignored.
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2024, "overschrijvingen": [ { "regeling": "spuk-onderwijsroute-2023", "parameter": "verdeelsleutel-vaststelling", "jaar": 2024, "waarde": "inwoners" } ] }""", "overschrijvingen")]
    // A peildatum for inhabitants without figures (2005-01-01).
    [InlineData("""{ "gemeenteCode": "GM0014", "vanJaar": 2023, "totEnMetJaar": 2023, "overschrijvingen": [ { "regeling": "spuk-onderwijsroute-2023", "parameter": "peildatum-inwoners-jaren-terug", "jaar": 2023, "waarde": "18" } ] }""", "overschrijvingen")]
    // An amount per person so large that the regular grant overflowed.
    [InlineData("""{ "arbeidsmarktregioCode": "AM07", "vanJaar": 2030, "totEnMetJaar": 2030, "starters": [ { "jaar": 2030, "niveau": "hbo-mei", "aantal": 669556, "huisvestingsjaar": 2030 } ], "overschrijvingen": [ { "regeling": "spuk-regulier", "parameter": "leerroutecomponent-per-asielstatushouder", "jaar": 2030, "waarde": "99999999999999" } ] }""", "overschrijvingen[0].waarde")]
    // €10 billion per person (within the old bound for every amount) times 100 groups of a million starters.
    [InlineData("""{ "arbeidsmarktregioCode": "AM07", "vanJaar": 2030, "totEnMetJaar": 2030, "starters": [ STARTERS ], "overschrijvingen": [ { "regeling": "spuk-regulier", "parameter": "leerroutecomponent-per-asielstatushouder", "jaar": 2030, "waarde": "10000000000" } ] }""", "overschrijvingen[0].waarde")]
    public async Task Forecast_WithAnOverrideItCannotComputeWith_Is400NamingIt(string body, string field)
    {
        await (await _client.PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json(body.Replace("STARTERS", Starters(100, 2030), StringComparison.Ordinal)))).AssertInvalidAsync(field);
    }

    [Theory]
    // The largest amount per person an override may give, with the most starters a forecast may have (2,000 groups of a million).
    [InlineData("spuk-regulier", "leerroutecomponent-per-asielstatushouder", 2030)]
    [InlineData("prognose-aannames", "trajectprijs", 2030)]
    [InlineData("spuk-onderwijsroute-toeslag-2026", "gegarandeerde-trajectprijs", 2030)]
    public async Task Forecast_WithTheLargestAmountPerPersonAndTheMostStarters_IsAnswered(string scheme, string parameter, int year)
    {
        var response = await _client.PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json($$"""{ "arbeidsmarktregioCode": "AM07", "vanJaar": {{year}}, "totEnMetJaar": 2030, "starters": [ {{Starters(2000, year)}} ], "overschrijvingen": [ { "regeling": "{{scheme}}", "parameter": "{{parameter}}", "jaar": {{year}}, "waarde": "1000000" } ] }"""));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Forecast_WithAnAmountPerPersonAboveAMillion_Is400_AndABudgetMayStillBeTenBillion()
    {
        var perPerson = await _client.PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json("""{ "gemeenteCode": "GM0014", "vanJaar": 2030, "totEnMetJaar": 2030, "overschrijvingen": [ { "regeling": "prognose-aannames", "parameter": "reiskosten-per-maand-maatwerk", "jaar": 2030, "waarde": "1000000.01" } ] }"""));
        var budget = await _client.PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json("""{ "gemeenteCode": "GM0014", "vanJaar": 2029, "totEnMetJaar": 2029, "overschrijvingen": [ { "regeling": "spuk-onderwijsroute-toeslag-2026", "parameter": "totaalbudget", "jaar": 2029, "waarde": "10000000000" } ] }"""));

        await perPerson.AssertInvalidAsync("overschrijvingen[0].waarde");
        Assert.Equal(System.Net.HttpStatusCode.OK, budget.StatusCode);
    }

    /// <summary>Groups of a million starters housed and starting in a year, spread over the levels.</summary>
    private static string Starters(int groups, int year) => string.Join(", ", Enumerable.Range(0, groups).Select(i =>
        $$"""{ "jaar": {{year}}, "niveau": "{{Scenarios.TrajectoryLevels.All[i % 7]}}", "aantal": 1000000, "huisvestingsjaar": {{year}} }"""));
}
