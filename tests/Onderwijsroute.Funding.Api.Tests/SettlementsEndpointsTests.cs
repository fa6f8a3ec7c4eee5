using System.Net;
using System.Text.Json;

namespace Onderwijsroute.Funding.Api.Tests;

public sealed class SettlementsEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_CountsWithComputedAdvances_SettlesEveryGemeenteExactly()
    {
        var response = await _client.PostAsync("/v1/vaststellingsberekeningen", HttpAssertions.Json("""
            { "regeling": "spuk-onderwijsroute-2023", "jaar": 2024,
              "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 40 }, { "gemeenteCode": "GM0014", "aantal": 12 } ] }
            """));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(15900000m, body.GetProperty("budget").GetDecimal());
        Assert.Equal(52, body.GetProperty("totaalAantal").GetInt64());
        Assert.Equal(305769.23m, body.GetProperty("bedragPerPersoon").GetDecimal());
        Assert.Equal(0m, body.GetProperty("nietVerdeeld").GetDecimal());
        Assert.True(body.GetProperty("voorschottenBerekend").GetBoolean());
        Assert.Equal("2023-01-01", body.GetProperty("peildatumInwoners").GetString());
        var lines = body.GetProperty("regels").EnumerateArray().ToArray();
        Assert.Equal(342, lines.Length);
        AssertLine(Line(lines, "GM0363"), "Amsterdam", 40, 819596m, 12230769m, 11411173m);
        AssertLine(Line(lines, "GM0014"), "Groningen", 12, 212592m, 3669231m, 3456639m);
        AssertLine(Line(lines, "GM0088"), "Schiermonnikoog", 0, 877m, 0m, -877m);
        Assert.Equal(15900000m, body.GetProperty("totaalVoorschot").GetDecimal());
        Assert.Equal(15900000m, body.GetProperty("totaalVastgesteld").GetDecimal());
        Assert.Equal(0m, body.GetProperty("totaalVerschil").GetDecimal());
        Assert.All(lines, l => Assert.Equal(l.GetProperty("vastgesteld").GetDecimal() - l.GetProperty("voorschot").GetDecimal(), l.GetProperty("verschil").GetDecimal()));
    }

    [Fact]
    public async Task Post_GivenAdvances_SettlesAgainstThemAndMissingGemeentenGotZero()
    {
        var body = await (await _client.PostAsync("/v1/vaststellingsberekeningen", HttpAssertions.Json("""
            { "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 15900000,
              "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 40 }, { "gemeenteCode": "GM0014", "aantal": 12 } ],
              "voorschotten": [ { "gemeenteCode": "GM0363", "bedrag": 820000 }, { "gemeenteCode": "GM0599", "bedrag": 1234.56 } ] }
            """))).ReadJsonAsync();

        var lines = body.GetProperty("regels").EnumerateArray().ToArray();
        Assert.False(body.GetProperty("voorschottenBerekend").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("peildatumInwoners").ValueKind);
        AssertLine(Line(lines, "GM0363"), "Amsterdam", 40, 820000m, 12230769m, 11410769m);
        AssertLine(Line(lines, "GM0014"), "Groningen", 12, 0m, 3669231m, 3669231m);
        AssertLine(Line(lines, "GM0599"), "Rotterdam", 0, 1234.56m, 0m, -1234.56m);
        Assert.Equal(821234.56m, body.GetProperty("totaalVoorschot").GetDecimal());
        Assert.Equal(15078765.44m, body.GetProperty("totaalVerschil").GetDecimal());
    }

    [Fact]
    public async Task Post_NoCounts_DistributesNothingAndReportsTheWholeBudget()
    {
        var body = await (await _client.PostAsync("/v1/vaststellingsberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2025, "aantallen": [] }"""))).ReadJsonAsync();

        Assert.Equal(0, body.GetProperty("totaalAantal").GetInt64());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("bedragPerPersoon").ValueKind);
        Assert.Equal(14800000m, body.GetProperty("nietVerdeeld").GetDecimal());
        Assert.Equal(0m, body.GetProperty("totaalVastgesteld").GetDecimal());
        Assert.NotEmpty(body.GetProperty("toelichting").GetProperty("opmerkingen").EnumerateArray());
    }

    private static JsonElement Line(IEnumerable<JsonElement> lines, string code) => lines.Single(l => l.GetProperty("gemeenteCode").GetString() == code);

    private static void AssertLine(JsonElement line, string name, long count, decimal advance, decimal definitive, decimal difference)
    {
        Assert.Equal(name, line.GetProperty("gemeenteNaam").GetString());
        Assert.Equal(count, line.GetProperty("aantal").GetInt64());
        Assert.Equal(advance, line.GetProperty("voorschot").GetDecimal());
        Assert.Equal(definitive, line.GetProperty("vastgesteld").GetDecimal());
        Assert.Equal(difference, line.GetProperty("verschil").GetDecimal());
    }
}
