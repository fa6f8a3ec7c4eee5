using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>
/// The router matches <c>/V1/…</c> as <c>/v1/…</c>, so every control of the API must hold there too (issue 11, item 1):
/// the invalid-key 401, the rate limit, the audit log, the API's response headers (no compression, the API's CSP) and the
/// trailing-slash 404. Each test runs with the prefix as documented and in other cases.
/// </summary>
public sealed class ApiBoundaryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static TheoryData<string> Prefixes => new() { "/v1", "/V1" };

    [Theory]
    [MemberData(nameof(Prefixes))]
    public async Task AnUnknownKey_Is401_InEveryCase(string prefix)
    {
        var client = ApiFactory.WithKey(factory.CreateClient(), "orf_0000000000000000_bogus");

        var response = await client.GetAsync($"{prefix}/gemeenten");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/v1/openapi.json")]
    [InlineData("/V1/openapi.json")]
    [InlineData("/v1/docs/index.html")]
    public async Task AnUnknownKey_Is401_AlsoOnTheOpenDocuments(string path)
    {
        var client = ApiFactory.WithKey(factory.CreateClient(), "orf_0000000000000000_bogus");

        await (await client.GetAsync(path)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(path)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public async Task AnonymousRequests_AreRateLimited_InEveryCase(string prefix)
    {
        using var limited = new LimitedApiFactory();
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await client.GetAsync($"{prefix}/gemeenten/GM0014")).StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public async Task SettlementForecastAndKeyWrites_AreAudited_InEveryCase(string prefix)
    {
        var anonymous = factory.CreateClient();
        var gemeente = factory.CreateClient("gemeente", "GM0014");
        var beheer = factory.CreateClient("beheer");

        var settlement = await anonymous.PostAsync($"{prefix}/vaststellingsberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [] }"""));
        var forecast = await gemeente.PostAsync($"{prefix}/gemeenten/GM0014/prognoses", HttpAssertions.Json(MatrixFixture.ForecastBody));
        var key = await beheer.PostAsync($"{prefix}/sleutels", HttpAssertions.Json("""{ "naam": "audit", "rol": "ministerie" }"""));

        Assert.Equal(HttpStatusCode.Created, settlement.StatusCode);
        Assert.Equal(HttpStatusCode.Created, forecast.StatusCode);
        Assert.Equal(HttpStatusCode.Created, key.StatusCode);
        await using var connection = factory.DatabaseConnection();
        foreach (var (path, role) in new[] { ($"{prefix}/vaststellingsberekeningen", (string?)null), ($"{prefix}/gemeenten/GM0014/prognoses", "gemeente"), ($"{prefix}/sleutels", "beheer") })
        {
            var rows = (await connection.QueryAsync<(string? Role, long Status)>("SELECT rol, status FROM auditlog WHERE pad = @Path;", new { Path = path })).ToArray();
            Assert.True(rows.Length > 0, $"no audit row for POST {path}");
            Assert.All(rows, row => Assert.Equal((role, 201L), row));
        }
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public async Task ANewKey_IsNeverCompressed_AndCarriesTheApisPolicy_InEveryCase(string prefix)
    {
        var beheer = factory.CreateClient("beheer");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{prefix}/sleutels") { Content = HttpAssertions.Json("""{ "naam": "br", "rol": "ministerie" }""") };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await beheer.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(ApiContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("\"apiSleutel\":\"orf_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/gemeenten/")]
    [InlineData("/V1/gemeenten/")]
    [InlineData("/V1/")]
    public async Task ATrailingSlash_Is404Problem_WithTheApisHeaders_InEveryCase(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(ApiContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Single(response.Headers.GetValues("API-Version"));
    }

    [Fact]
    public async Task ThePage_KeepsItsOwnPolicyAndCompression()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.StartsWith("default-src 'none'; script-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
