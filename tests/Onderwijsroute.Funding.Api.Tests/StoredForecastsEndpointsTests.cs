using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Tests;

public sealed class StoredForecastsEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Path = "/v1/gemeenten/GM0014/prognoses";

    private const string Input = """
        { "naam": "Basis", "vanJaar": 2024, "totEnMetJaar": 2027,
          "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "prijs": 17000 },
                         { "startdatum": "2025-02-01", "niveau": "hbo-ntg", "contractvorm": "maatwerk" } ] }
        """;

    private readonly HttpClient _client = factory.CreateClient("gemeente", "GM0014");

    private async Task<(string Location, string ETag, JsonElement Body)> CreateAsync(string body = Input)
    {
        var response = await _client.PostAsync(Path, HttpAssertions.Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (response.Headers.Location!.OriginalString, response.Headers.ETag!.Tag, await response.ReadJsonAsync());
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string location, string? ifMatch, string? body = null)
    {
        var request = new HttpRequestMessage(method, location) { Content = body is null ? null : HttpAssertions.Json(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return _client.SendAsync(request);
    }

    private static string Renamed(string name) => Input.Replace("\"Basis\"", $"\"{name}\"", StringComparison.Ordinal);

    [Fact]
    public async Task Create_Answers201WithLocationAndETag_AndTheGapPerYearReadsBack()
    {
        var (location, etag, created) = await CreateAsync();

        Assert.StartsWith(Path + "/", location, StringComparison.Ordinal);
        Assert.Equal("\"1\"", etag);
        var get = await _client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("\"1\"", get.Headers.ETag?.Tag);
        var body = await get.ReadJsonAsync();
        Assert.Equal("Basis", body.GetProperty("naam").GetString());
        Assert.Equal(1, body.GetProperty("versie").GetInt64());
        Assert.Equal("GM0014", body.GetProperty("resultaat").GetProperty("gemeenteCode").GetString());
        Assert.Equal(created.GetProperty("resultaat").GetRawText(), body.GetProperty("resultaat").GetRawText());
        Assert.Equal(4, body.GetProperty("resultaat").GetProperty("jaren").GetArrayLength());
        Assert.Equal(body.GetProperty("parameterVersie").GetString(), body.GetProperty("resultaat").GetProperty("parameterVersie").GetString());

        var calculated = await (await _client.PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json(Input.Replace("\"naam\": \"Basis\"", "\"gemeenteCode\": \"GM0014\"", StringComparison.Ordinal)))).ReadJsonAsync();
        Assert.Equal(
            calculated.GetProperty("jaren").EnumerateArray().Select(y => y.GetProperty("tekort").GetDecimal()),
            body.GetProperty("resultaat").GetProperty("jaren").EnumerateArray().Select(y => y.GetProperty("tekort").GetDecimal()));
    }

    [Fact]
    public async Task List_HoldsTheGemeentesForecasts()
    {
        var (location, _, _) = await CreateAsync(Renamed("Lijst"));

        var body = await (await _client.GetAsync(Path)).ReadJsonAsync();

        Assert.Contains(body.GetProperty("prognoses").EnumerateArray(), p => p.GetProperty("href").GetString() == location && p.GetProperty("naam").GetString() == "Lijst");
        Assert.Empty((await (await factory.CreateClient("gemeente", "GM0363").GetAsync("/v1/gemeenten/GM0363/prognoses")).ReadJsonAsync()).GetProperty("prognoses").EnumerateArray());
    }

    [Fact]
    public async Task Replace_NeedsIfMatch_428Without_412WhenStale_200WithTheCurrentTag()
    {
        var (location, etag, _) = await CreateAsync();

        await (await SendAsync(HttpMethod.Put, location, null, Renamed("Hoog"))).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await SendAsync(HttpMethod.Put, location, "\"7\"", Renamed("Hoog"))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var replaced = await SendAsync(HttpMethod.Put, location, etag, Renamed("Hoog"));

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag?.Tag);
        await (await SendAsync(HttpMethod.Put, location, etag, Renamed("Te laat"))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Hoog", (await (await _client.GetAsync(location)).ReadJsonAsync()).GetProperty("naam").GetString());
    }

    [Fact]
    public async Task TwoWritersWithTheSameETag_ExactlyOneWins()
    {
        var (location, etag, _) = await CreateAsync();

        var responses = await Task.WhenAll(SendAsync(HttpMethod.Put, location, etag, Renamed("Schrijver A")), SendAsync(HttpMethod.Put, location, etag, Renamed("Schrijver B")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.PreconditionFailed);
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ReadJsonAsync();
        var stored = await (await _client.GetAsync(location)).ReadJsonAsync();
        Assert.Equal(winner.GetProperty("naam").GetString(), stored.GetProperty("naam").GetString());
        Assert.Equal(2, stored.GetProperty("versie").GetInt64());
    }

    [Fact]
    public async Task Delete_NeedsIfMatch_ThenTheForecastIsGone()
    {
        var (location, etag, _) = await CreateAsync();

        await (await SendAsync(HttpMethod.Delete, location, null)).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await SendAsync(HttpMethod.Delete, location, "\"2\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, location, etag)).StatusCode);
        await (await _client.GetAsync(location)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Recompute_WithUnchangedParameters_ChangesNothing_AndAfterAParameterChangeNamesWhatMoved()
    {
        var (location, _, created) = await CreateAsync();

        var same = await (await _client.GetAsync(location + "/herberekening")).ReadJsonAsync();
        Assert.False(same.GetProperty("parametersGewijzigd").GetBoolean());
        Assert.Empty(same.GetProperty("wijzigingen").EnumerateArray());

        // Stand in for a forecast saved under older parameters: another version and another 2025 gap.
        var repository = factory.Services.GetRequiredService<IForecastRepository>();
        var record = (await repository.FindAsync("GM0014", created.GetProperty("id").GetString()!, CancellationToken.None))!;
        var old = JsonNode.Parse(record.ResultJson.Span)!;
        var gap2025 = old["jaren"]![1]!["tekort"]!.GetValue<decimal>();
        old["jaren"]![1]!["tekort"] = gap2025 + 100m;
        await repository.ReplaceAsync(record with { ParameterVersion = "sha256:oud", ResultJson = JsonSerializer.SerializeToUtf8Bytes(old) }, record.Version, null, CancellationToken.None);

        var changed = await (await _client.GetAsync(location + "/herberekening")).ReadJsonAsync();
        Assert.True(changed.GetProperty("parametersGewijzigd").GetBoolean());
        Assert.Equal("sha256:oud", changed.GetProperty("opgeslagenParameterVersie").GetString());
        var change = Assert.Single(changed.GetProperty("wijzigingen").EnumerateArray());
        Assert.Equal((2025, "resultaat", "tekort", -100m), (change.GetProperty("jaar").GetInt32(), change.GetProperty("soort").GetString(), change.GetProperty("post").GetString(), change.GetProperty("verschil").GetDecimal()));
    }

    [Fact]
    public async Task Exports_OfAStoredForecast_HoldItsNumbers()
    {
        var (location, _, created) = await CreateAsync();
        var result = created.GetProperty("resultaat");

        var csv = await _client.GetAsync(location + "?formaat=csv");
        Assert.Equal("\"1\"", csv.Headers.ETag?.Tag);
        var rows = ForecastCalculationEndpointsTests.ReadCsvRows(await csv.Content.ReadAsStringAsync(), System.Globalization.CultureInfo.InvariantCulture, ",");
        ForecastCalculationEndpointsTests.AssertSameNumbers(result, rows.ToDictionary(r => (r.Year, r.View, r.Item), r => r.Value));
        using var workbook = new XLWorkbook(new MemoryStream(await (await _client.GetAsync(location + "?formaat=xlsx")).Content.ReadAsByteArrayAsync()));
        ForecastCalculationEndpointsTests.AssertSameNumbers(result, ForecastCalculationEndpointsTests.ReadWorkbook(workbook, rows));
    }

    [Fact]
    public async Task UnknownGemeenteOrForecast_Is404_AndAnotherGemeenteInTheBodyIs400()
    {
        await (await _client.GetAsync("/v1/gemeenten/GM9999/prognoses")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync(Path + "/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsync(Path, HttpAssertions.Json(Input.Replace("\"naam\": \"Basis\"", "\"naam\": \"x\", \"gemeenteCode\": \"GM0363\"", StringComparison.Ordinal)))).AssertInvalidAsync("gemeenteCode");
        await (await _client.PostAsync(Path, HttpAssertions.Json(Input.Replace("\"naam\": \"Basis\"", "\"naam\": \"x\", \"arbeidsmarktregioCode\": \"AM18\"", StringComparison.Ordinal)))).AssertInvalidAsync("arbeidsmarktregioCode");
        await (await _client.PostAsync(Path, HttpAssertions.Json(Input.Replace("\"naam\": \"Basis\", ", string.Empty, StringComparison.Ordinal)))).AssertInvalidAsync("naam");
        await (await _client.PostAsync(Path, HttpAssertions.Json(Input.Replace("\"naam\": \"Basis\"", "\"naam\": \"Basis\\u202e\"", StringComparison.Ordinal)))).AssertInvalidAsync("naam");
    }

    [Fact]
    public async Task RegionForecast_IsKeptByItsCentrumgemeente()
    {
        var response = await _client.PostAsync(Path, HttpAssertions.Json(Input.Replace("\"naam\": \"Basis\"", "\"naam\": \"Regio\", \"arbeidsmarktregioCode\": \"AM01\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("AM01", (await response.ReadJsonAsync()).GetProperty("resultaat").GetProperty("arbeidsmarktregioCode").GetString());
    }
}
