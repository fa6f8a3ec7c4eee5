using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// CORS for browser integrators (issue 14, item 6): the configured origins get their preflight answered (without a
/// key, outside the rate limits) and may read the headers a client needs; other origins get no CORS headers; the
/// OpenAPI document stays open to every origin; nothing is allowed by default.
/// </summary>
public sealed class CorsTests(CorsTests.CorsApiFactory factory) : IClassFixture<CorsTests.CorsApiFactory>
{
    private const string Allowed = "https://rekenhulp.gemeente.example";

    private const string Other = "https://elders.example";

    /// <summary>Two allowed origins.</summary>
    public sealed class CorsApiFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cors:AllowedOrigins:0", Allowed);
            builder.UseSetting("Cors:AllowedOrigins:1", "http://localhost:3000");
        }
    }

    [Theory]
    [InlineData("/v1/prognoseberekeningen", "POST")]
    [InlineData("/v1/scenarios", "POST")]
    [InlineData("/V1/gemeenten/GM0014/prognoses/0195f2a4-0000-7000-8000-000000000000", "PUT")]
    public async Task Preflight_FromAnAllowedOrigin_Is204WithWhatThePageMaySend_WithoutAKey(string path, string method)
    {
        var response = await factory.CreateClient().SendAsync(Preflight(path, method, Allowed, "x-api-key, if-match, content-type"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains(method, Single(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var headers = Single(response, "Access-Control-Allow-Headers").Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("X-Api-Key", headers, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("If-Match", headers, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Content-Type", headers, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("600", Single(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Preflights_AreNotRateLimited_NorCounted()
    {
        using var parent = new ApiFactory();
        using var limited = parent.WithWebHostBuilder(b => b.UseSetting("Cors:AllowedOrigins:0", Allowed).UseSetting("Limits:AnonymousPerMinute", "1"));
        var client = limited.CreateClient();

        var preflights = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            preflights.Add((await client.SendAsync(Preflight("/v1/vaststellingsberekeningen", "POST", Allowed, "content-type"))).StatusCode);
        }

        var first = await client.GetAsync("/v1/health/live");
        var second = await client.GetAsync("/v1/health/live");

        Assert.All(preflights, s => Assert.Equal(HttpStatusCode.NoContent, s));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task AnAnswerToAnAllowedOrigin_ExposesTheHeadersAClientNeeds_AlsoOnAProblem()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/regelingen");
        request.Headers.Add("Origin", Allowed);
        request.Headers.Add("X-Api-Key", "orf_0000000000000000_geen-geldige-sleutel");

        var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(Allowed, Single(response, "Access-Control-Allow-Origin"));
        var exposed = Single(response, "Access-Control-Expose-Headers").Split(',', StringSplitOptions.TrimEntries);
        Assert.Equal(["API-Version", "ETag", "Location", "Retry-After"], exposed.Order(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AnotherOrigin_GetsNoCorsHeaders()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/health/live");
        request.Headers.Add("Origin", Other);

        var preflight = await client.SendAsync(Preflight("/v1/prognoseberekeningen", "POST", Other, "content-type"));
        var response = await client.SendAsync(request);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task TheOpenApiDocument_StaysOpenToEveryOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/openapi.json");
        request.Headers.Add("Origin", Other);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ByDefault_NoOriginIsAllowed_ButThePreflightIsStillAnswered()
    {
        using var plain = new ApiFactory();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/gemeenten");
        request.Headers.Add("Origin", Allowed);

        var preflight = await plain.CreateClient().SendAsync(Preflight("/v1/prognoseberekeningen", "POST", Allowed, "content-type"));
        var response = await plain.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://rekenhulp.gemeente.example/")]
    [InlineData("https://rekenhulp.gemeente.example/pagina")]
    [InlineData("rekenhulp.gemeente.example")]
    [InlineData("ftp://rekenhulp.gemeente.example")]
    public void AnEntryThatIsNoOrigin_StopsTheStart(string origin)
    {
        using var parent = new ApiFactory();
        using var wrong = parent.WithWebHostBuilder(b => b.UseSetting("Cors:AllowedOrigins", origin));

        var failure = Assert.Throws<OptionsValidationException>(() => wrong.CreateClient());

        Assert.Contains("Cors:AllowedOrigins", failure.Message, StringComparison.Ordinal);
        Assert.Contains(origin, failure.Message, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string path, string method, string origin, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    private static string Single(HttpResponseMessage response, string header)
    {
        Assert.True(response.Headers.TryGetValues(header, out var values), $"{header} is missing; the answer has {string.Join(", ", response.Headers.Select(h => h.Key))}");
        return Assert.Single(values);
    }
}
