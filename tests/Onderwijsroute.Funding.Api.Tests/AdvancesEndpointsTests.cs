using System.Net;
using System.Numerics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Tests;

public sealed class AdvancesEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_2024_GivesAll342GemeentenTheirShareAddingUpToTheBudgetToTheEuro()
    {
        var response = await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 15900000, "peildatumInwoners": "2024-01-01" }"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("spuk-onderwijsroute-2023", body.GetProperty("regeling").GetString());
        Assert.Equal(2024, body.GetProperty("jaar").GetInt32());
        Assert.Equal(15900000m, body.GetProperty("budget").GetDecimal());
        Assert.Equal("2024-01-01", body.GetProperty("peildatumInwoners").GetString());
        Assert.Equal(0m, body.GetProperty("nietVerdeeld").GetDecimal());
        Assert.Equal(15900000m, body.GetProperty("totaalVoorschot").GetDecimal());
        var lines = body.GetProperty("regels").EnumerateArray().ToArray();
        Assert.Equal(342, lines.Length);
        Assert.Equal(15900000m, lines.Sum(l => l.GetProperty("voorschot").GetDecimal()));
        Assert.Equal(lines.Select(Code).Order(StringComparer.Ordinal), lines.Select(Code));
        Assert.Equal(216013m, Line(lines, "GM0014").GetProperty("voorschot").GetDecimal());
        Assert.Equal("Groningen", Line(lines, "GM0014").GetProperty("gemeenteNaam").GetString());
        Assert.Equal(243768, Line(lines, "GM0014").GetProperty("inwoners").GetInt64());
        Assert.Equal(825263m, Line(lines, "GM0363").GetProperty("voorschot").GetDecimal());
        Assert.Equal(861m, Line(lines, "GM0088").GetProperty("voorschot").GetDecimal());
        Assert.All(lines, l => Assert.Equal(decimal.Truncate(l.GetProperty("voorschot").GetDecimal()), l.GetProperty("voorschot").GetDecimal()));
    }

    [Fact]
    public async Task Post_2024_MatchesLargestRemainderOverTheInhabitantsThatGemeentenServes()
    {
        var municipalities = await (await _client.GetAsync("/v1/gemeenten")).ReadJsonAsync();
        var weights = municipalities.GetProperty("gemeenten").EnumerateArray().ToDictionary(
            m => m.GetProperty("code").GetString()!,
            m => m.GetProperty("inwoners").EnumerateArray().Single(i => i.GetProperty("peildatum").GetString() == "2024-01-01").GetProperty("aantal").GetInt64());

        var body = await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "peildatumInwoners": "2024-01-01" }"""))).ReadJsonAsync();

        var expected = LargestRemainder(15_900_000, weights);
        Assert.Equal(expected, body.GetProperty("regels").EnumerateArray().ToDictionary(Code, l => (long)l.GetProperty("voorschot").GetDecimal()));
    }

    [Fact]
    public async Task Post_WithoutPeildatum_Uses1JanuaryOfTheYearBeforeAndTheSchemeBudget()
    {
        var body = await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }"""))).ReadJsonAsync();

        Assert.Equal("2023-01-01", body.GetProperty("peildatumInwoners").GetString());
        Assert.Equal(15900000m, body.GetProperty("budget").GetDecimal());
        Assert.Equal(212592m, Line(body.GetProperty("regels").EnumerateArray(), "GM0014").GetProperty("voorschot").GetDecimal());
        var budget = body.GetProperty("toelichting").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("naam").GetString() == "budget");
        Assert.Equal("secundair", budget.GetProperty("status").GetString());
        Assert.False(budget.GetProperty("overschreven").GetBoolean());
        Assert.Equal("schulinck-prinsjesdag-inburgering", budget.GetProperty("bron").GetString());
        Assert.Equal("Prinsjesdag inburgering", budget.GetProperty("bronTitel").GetString());
        Assert.Equal("secundair", budget.GetProperty("bronnen")[0].GetProperty("soort").GetString());
    }

    [Fact]
    public async Task Post_StoresTheRequestAsReceivedWithTheParameterVersion()
    {
        const string request = """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2023, "budget": 4300000 }""";
        var body = await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json(request))).ReadJsonAsync();

        var repository = factory.Services.GetRequiredService<ICalculationRepository>();
        var record = await repository.FindAsync(CalculationKinds.Advance, body.GetProperty("id").GetString()!, CancellationToken.None);

        Assert.NotNull(record);
        Assert.Equal(request, record.RequestJson);
        Assert.Equal(body.GetProperty("parameterVersie").GetString(), record.ParameterVersion);
        Assert.StartsWith("sha256:", record.ParameterVersion, StringComparison.Ordinal);
        Assert.Equal(ApiFactory.Now, record.CreatedAt);
    }

    [Fact]
    public async Task Post_CentralMunicipalityScheme_Gives35RegelsByRegionInhabitants()
    {
        var body = await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2022", "jaar": 2022, "peildatumInwoners": "2022-01-01" }"""))).ReadJsonAsync();

        var lines = body.GetProperty("regels").EnumerateArray().ToArray();
        Assert.Equal(35, lines.Length);
        Assert.Equal("centrumgemeenten", body.GetProperty("ontvangers").GetString());
        Assert.Equal(15000000m, lines.Sum(l => l.GetProperty("voorschot").GetDecimal()));
        var amsterdam = Line(lines, "GM0363");
        Assert.Equal("AM18", amsterdam.GetProperty("arbeidsmarktregioCode").GetString());
        Assert.Equal(1309525, amsterdam.GetProperty("inwoners").GetInt64());
        Assert.Equal(1116664m, amsterdam.GetProperty("voorschot").GetDecimal());
        Assert.Equal(639703m, Line(lines, "GM0014").GetProperty("voorschot").GetDecimal());
    }

    [Fact]
    public async Task Post_CentralMunicipalitySchemeWithGewichten_DistributesByTheGivenWeights()
    {
        var body = await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""
            { "regeling": "spuk-onderwijsroute-2022", "jaar": 2023,
              "gewichten": [ { "arbeidsmarktregioCode": "AM18", "gewicht": 31 }, { "arbeidsmarktregioCode": "AM01", "gewicht": 9 } ] }
            """))).ReadJsonAsync();

        var lines = body.GetProperty("regels").EnumerateArray().ToArray();
        Assert.Equal("gewichten", body.GetProperty("verdeelsleutel").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("peildatumInwoners").ValueKind);
        Assert.Equal(35, lines.Length);
        Assert.Equal(6975000m, Line(lines, "GM0363").GetProperty("voorschot").GetDecimal());
        Assert.Equal(2025000m, Line(lines, "GM0014").GetProperty("voorschot").GetDecimal());
        Assert.Equal(JsonValueKind.Null, Line(lines, "GM0363").GetProperty("inwoners").ValueKind);
        Assert.Equal(9000000m, lines.Sum(l => l.GetProperty("voorschot").GetDecimal()));
    }

    [Fact]
    public async Task Post_PeildatumWithoutFiguresAndFallback_UsesTheLatestEarlierAndSaysSo()
    {
        var body = await (await _client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2025, "peildatumInwoners": "2024-06-30", "peildatumTerugvallen": true }"""))).ReadJsonAsync();

        Assert.Equal("2024-01-01", body.GetProperty("peildatumInwoners").GetString());
        Assert.Contains("2024-01-01", body.GetProperty("toelichting").GetProperty("opmerkingen")[0].GetString(), StringComparison.Ordinal);
    }

    private static string Code(JsonElement line) => line.GetProperty("gemeenteCode").GetString()!;

    private static JsonElement Line(IEnumerable<JsonElement> lines, string code) => lines.Single(l => Code(l) == code);

    /// <summary>An independent statement of docs/domain.md §4 in big integers: floor shares, then one euro each by largest remainder, ties to the lower code.</summary>
    private static Dictionary<string, long> LargestRemainder(long budget, Dictionary<string, long> weights)
    {
        var total = new BigInteger(weights.Values.Sum());
        var shares = weights.ToDictionary(w => w.Key, w => (long)BigInteger.Divide(budget * new BigInteger(w.Value), total));
        var left = budget - shares.Values.Sum();
        foreach (var code in weights.OrderByDescending(w => BigInteger.Remainder(budget * new BigInteger(w.Value), total)).ThenBy(w => w.Key, StringComparer.Ordinal).Take((int)left).Select(w => w.Key))
        {
            shares[code]++;
        }

        return shares;
    }
}
