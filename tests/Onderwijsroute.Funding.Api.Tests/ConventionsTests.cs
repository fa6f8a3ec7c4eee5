using System.Net;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>The HTTP conventions of docs/api.md that hold for every response.</summary>
public sealed class ConventionsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static TheoryData<string> Paths => new()
    {
        "/v1/gemeenten",
        "/v1/gemeenten/GM9999",
        "/v1/gemeenten/",
        "/v1/bestaat-niet",
        "/v1/openapi.json",
        "/v1/health/live",
        "/v1/docs/index.html",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task EveryResponse_CarriesTheApiVersionOfTheDocumentAndTheSecurityHeaders(string path)
    {
        var document = await (await _client.GetAsync("/v1/openapi.json")).ReadJsonAsync();

        var response = await _client.GetAsync(path);

        Assert.Equal(document.GetProperty("info").GetProperty("version").GetString(), Assert.Single(response.Headers.GetValues("API-Version")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.CacheControl);
    }

    [Fact]
    public async Task ApiVersion_IsSemVer()
    {
        var response = await _client.GetAsync("/v1/health/live");

        Assert.Matches(@"^\d+\.\d+\.\d+$", Assert.Single(response.Headers.GetValues("API-Version")));
    }

    [Theory]
    [InlineData("/v1/gemeenten/")]
    [InlineData("/v1/regelingen/")]
    [InlineData("/v1/gemeenten/GM0363/")]
    public async Task TrailingSlash_Is404ProblemNotARedirect(string path)
    {
        var response = await _client.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownPath_Is404ProblemInDutch()
    {
        var problem = await (await _client.GetAsync("/v1/bestaat-niet")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Niet gevonden", problem.GetProperty("title").GetString());
        Assert.Equal("/v1/bestaat-niet", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task WrongMethod_Is405Problem()
    {
        var response = await _client.DeleteAsync("/v1/gemeenten");

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task OpenApiDocument_IsPublishedWithCorsStarContactAndV1Server()
    {
        var response = await _client.GetAsync("/v1/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var document = await response.ReadJsonAsync();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Contains(document.GetProperty("servers").EnumerateArray(), s => s.GetProperty("url").GetString()!.EndsWith("/v1", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(document.GetProperty("info").GetProperty("contact").GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Docs_ServeSwaggerUiWithAPolicyThatLetsItRunButNotBeFramed()
    {
        var redirect = await _client.GetAsync("/v1/docs");
        var page = await _client.GetAsync("/v1/docs/index.html");

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_LiveAndReady_AreUp()
    {
        var live = await _client.GetAsync("/v1/health/live");
        var ready = await _client.GetAsync("/v1/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("UP", (await ready.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal("no-store", ready.Headers.CacheControl?.ToString());
    }
}
