using System.Net;
using System.Text.Json;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>What every stored calculation does alike: 201 with Location, read back byte for byte, 404 and 400 for ids.</summary>
public sealed class StoredCalculationsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Advances = "/v1/voorschotberekeningen";
    private const string Settlements = "/v1/vaststellingsberekeningen";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(Advances, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2025 }""")]
    [InlineData(Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 3 } ] }""")]
    public async Task Post_Answers201WithLocation_AndGetReturnsTheStoredBodyByteForByte(string collection, string request)
    {
        var post = await _client.PostAsync(collection, HttpAssertions.Json(request));
        var posted = await post.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(posted).RootElement.GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Equal($"{collection}/{id}", post.Headers.Location?.OriginalString);
        Assert.Equal("no-store", post.Headers.CacheControl?.ToString());
        var get = await _client.GetAsync(post.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(posted, await get.Content.ReadAsStringAsync());
        Assert.Equal("2026-03-01T12:00:00+00:00", JsonDocument.Parse(posted).RootElement.GetProperty("berekendOp").GetString());
    }

    [Theory]
    [InlineData(Advances)]
    [InlineData(Settlements)]
    public async Task Get_UnknownId_Is404Problem(string collection)
    {
        var response = await _client.GetAsync($"{collection}/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Advances)]
    [InlineData(Settlements)]
    public async Task Get_MalformedId_Is400NamingTheId(string collection)
    {
        var response = await _client.GetAsync($"{collection}/niet-een-guid");

        await response.AssertInvalidAsync("id");
    }

    [Theory]
    [InlineData(Settlements, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [] }""", Advances)]
    [InlineData(Advances, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }""", Settlements)]
    public async Task Get_IdOfAnotherKind_Is404(string madeAt, string request, string askedAt)
    {
        var posted = await (await _client.PostAsync(madeAt, HttpAssertions.Json(request))).ReadJsonAsync();

        var response = await _client.GetAsync($"{askedAt}/{posted.GetProperty("id").GetString()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
