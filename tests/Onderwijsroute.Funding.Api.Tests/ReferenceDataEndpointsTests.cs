using System.Net;

namespace Onderwijsroute.Funding.Api.Tests;

public sealed class ReferenceDataEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Gemeenten_ListsAll342ByCodeWithInhabitantsPerPeildatum()
    {
        var response = await _client.GetAsync("/v1/gemeenten");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        var body = await response.ReadJsonAsync();
        var municipalities = body.GetProperty("gemeenten").EnumerateArray().ToArray();
        Assert.Equal(342, municipalities.Length);
        Assert.Equal(342, body.GetProperty("aantal").GetInt32());
        Assert.Equal(2023, body.GetProperty("gemeentelijkeIndeling").GetInt32());
        var codes = municipalities.Select(m => m.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(17942942, municipalities.Sum(m => m.GetProperty("inwoners")[2].GetProperty("aantal").GetInt64()));
    }

    [Fact]
    public async Task Gemeente_ByCode_HasProvincieRegionAndInhabitants()
    {
        var body = await (await _client.GetAsync("/v1/gemeenten/GM0363")).ReadJsonAsync();

        Assert.Equal("Amsterdam", body.GetProperty("naam").GetString());
        Assert.Equal("Noord-Holland", body.GetProperty("provincie").GetString());
        Assert.Equal("PV27", body.GetProperty("provincieCode").GetString());
        Assert.Equal("AM18", body.GetProperty("arbeidsmarktregioCode").GetString());
        Assert.Equal(["2022-01-01", "2023-01-01", "2024-01-01"], body.GetProperty("inwoners").EnumerateArray().Select(i => i.GetProperty("peildatum").GetString()));
        Assert.Equal(931298, body.GetProperty("inwoners")[2].GetProperty("aantal").GetInt64());
    }

    [Fact]
    public async Task Gemeente_UnknownCode_Is404Problem()
    {
        await (await _client.GetAsync("/v1/gemeenten/GM9999")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Gemeente_MalformedCode_Is400NamingTheCode()
    {
        await (await _client.GetAsync("/v1/gemeenten/Amsterdam")).AssertInvalidAsync("code");
    }

    [Fact]
    public async Task Arbeidsmarktregios_Lists35WithCentrumgemeenteMembersAndOffer()
    {
        var body = await (await _client.GetAsync("/v1/arbeidsmarktregios")).ReadJsonAsync();

        var regions = body.GetProperty("arbeidsmarktregios").EnumerateArray().ToArray();
        Assert.Equal(35, regions.Length);
        Assert.Equal(342, regions.Sum(r => r.GetProperty("gemeenten").GetArrayLength()));
    }

    [Fact]
    public async Task Arbeidsmarktregio_ByCode_HasCentrumgemeenteAndOfferPerLevel()
    {
        var body = await (await _client.GetAsync("/v1/arbeidsmarktregios/AM14")).ReadJsonAsync();

        Assert.Equal("Amersfoort", body.GetProperty("naam").GetString());
        Assert.Equal("GM0307", body.GetProperty("centrumgemeente").GetProperty("code").GetString());
        Assert.Contains(body.GetProperty("gemeenten").EnumerateArray(), m => m.GetProperty("code").GetString() == "GM0307");
        var levels = body.GetProperty("aanbod").GetProperty("niveaus").EnumerateArray().ToDictionary(l => l.GetProperty("niveau").GetString()!, l => l.GetProperty("status").GetString());
        Assert.Equal(["mbo2", "mbo3", "mbo4", "hbo-mei", "hbo-ntg", "wo-mei", "wo-ntg"], levels.Keys);
        Assert.Equal("gecontracteerd", levels["mbo3"]);
        Assert.Equal("maatwerk", levels["hbo-ntg"]);
        Assert.Equal("maatwerk", levels["wo-mei"]);
        Assert.Equal("2023-02-01", body.GetProperty("aanbod").GetProperty("peildatum").GetString());
    }

    [Fact]
    public async Task Arbeidsmarktregio_UnknownOrMalformedCode_Is404Or400()
    {
        await (await _client.GetAsync("/v1/arbeidsmarktregios/AM99")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/v1/arbeidsmarktregios/18")).AssertInvalidAsync("code");
    }

    [Fact]
    public async Task Regelingen_ListsTheFiveContractIdsAndTheParameterVersion()
    {
        var body = await (await _client.GetAsync("/v1/regelingen")).ReadJsonAsync();

        Assert.Equal(
            ["gemeentefonds-uitvoering", "spuk-onderwijsroute-2022", "spuk-onderwijsroute-2023", "spuk-onderwijsroute-toeslag-2026", "spuk-regulier"],
            body.GetProperty("regelingen").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.StartsWith("sha256:", body.GetProperty("parameterVersie").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regeling_ById_HasEveryDatedValueWithSourceAndStatus()
    {
        var body = await (await _client.GetAsync("/v1/regelingen/spuk-onderwijsroute-2023")).ReadJsonAsync();

        Assert.Equal([2023, 2024, 2025], body.GetProperty("dekking").GetProperty("jaren").EnumerateArray().Select(j => j.GetInt32()));
        var budget = body.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("naam").GetString() == "budget");
        Assert.Equal("euro", budget.GetProperty("eenheid").GetString());
        var values = budget.GetProperty("waarden").EnumerateArray().ToArray();
        Assert.Equal([4300000m, 15900000m, 14800000m], values.Select(v => v.GetProperty("waarde").GetDecimal()));
        Assert.Equal(["afgeleid", "secundair", "secundair"], values.Select(v => v.GetProperty("status").GetString()));
        Assert.Equal("[totaalbudget@2023] - [budget@2024] - [budget@2025]", values[0].GetProperty("formule").GetString());
        Assert.Equal(["onderzoeksrapport-2023", "schulinck-prinsjesdag-inburgering", "divosa-va-kosten-voorzieningen"], values[0].GetProperty("bronnen").EnumerateArray().Select(b => b.GetProperty("id").GetString()));
        Assert.Equal("§1.2", values[0].GetProperty("bronVindplaats").GetString());
        Assert.Equal("2024-01-01", values[1].GetProperty("van").GetString());
        Assert.Equal("2024-12-31", values[1].GetProperty("tot").GetString());
        Assert.All(values, v => Assert.False(string.IsNullOrWhiteSpace(v.GetProperty("bron").GetString())));
        var key = body.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("naam").GetString() == "verdeelsleutel-voorschot");
        Assert.Equal("inwoners", key.GetProperty("waarden")[0].GetProperty("waarde").GetString());
    }

    [Fact]
    public async Task Regeling_WithPeildatum_ShowsOnlyTheValuesInForceThen()
    {
        var body = await (await _client.GetAsync("/v1/regelingen/spuk-onderwijsroute-2023?peildatum=2025-03-01")).ReadJsonAsync();

        Assert.Equal("2025-03-01", body.GetProperty("peildatum").GetString());
        var budget = body.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("naam").GetString() == "budget");
        Assert.Equal([14800000m], budget.GetProperty("waarden").EnumerateArray().Select(v => v.GetProperty("waarde").GetDecimal()));
    }

    [Fact]
    public async Task Regeling_UnknownIdOrBadPeildatum_Is404Or400()
    {
        await (await _client.GetAsync("/v1/regelingen/spuk-onbekend")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/v1/regelingen/spuk-regulier?peildatum=01-01-2024")).AssertInvalidAsync("peildatum");
    }
}
