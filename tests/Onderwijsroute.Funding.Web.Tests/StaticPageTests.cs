using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Web.Tests;

/// <summary>How the service serves the page, without a browser: <c>/</c>, its policy, the carried data, and the API untouched.</summary>
public sealed class StaticPageTests : IClassFixture<StaticPageTests.Factory>
{
    private readonly HttpClient _client;

    public StaticPageTests(Factory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Root_ServesTheDutchPageWithItsOwnPolicy()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"nl\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("1.1.0", response.Headers.GetValues("API-Version").Single());
    }

    [Fact]
    public async Task Boundaries_AreCompressedForTheBrowser_ApiAnswersAreNot()
    {
        using var plain = await _client.GetAsync(new Uri("/data/gemeenten-2023.geojson", UriKind.Relative));
        using var boundaries = await SendAcceptingBrotliAsync("/data/gemeenten-2023.geojson");
        using var api = await SendAcceptingBrotliAsync("/v1/gemeenten");

        var plainLength = (await plain.Content.ReadAsByteArrayAsync()).Length;
        Assert.Equal("br", boundaries.Content.Headers.ContentEncoding.Single());
        var compressed = await boundaries.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length * 2 < plainLength, $"{compressed.Length} bytes compressed of {plainLength}");
        await using (var decoded = new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress))
        {
            using var copy = new MemoryStream();
            await decoded.CopyToAsync(copy);
            Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), copy.ToArray());
        }

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Empty(api.Content.Headers.ContentEncoding);
    }

    private async Task<HttpResponseMessage> SendAcceptingBrotliAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task Api_KeepsItsStrictPolicyAndTheTrailingSlashRule()
    {
        using var api = await _client.GetAsync(new Uri("/v1/gemeenten", UriKind.Relative));
        using var slash = await _client.GetAsync(new Uri("/v1/gemeenten/", UriKind.Relative));
        using var unknown = await _client.GetAsync(new Uri("/v1/bestaat-niet", UriKind.Relative));

        Assert.Equal("default-src 'none'; frame-ancestors 'none'", api.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.NotFound, slash.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("data/gemeenten-2023.geojson", 342)]
    [InlineData("data/arbeidsmarktregios-2023.geojson", 35)]
    public async Task Boundaries_ShipWithTheService(string path, int features)
    {
        using var response = await _client.GetAsync(new Uri("/" + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        Assert.Equal(features, json.RootElement.GetProperty("features").GetArrayLength());
    }

    [Theory]
    [InlineData("vendor/chart.umd.min.js")]
    [InlineData("vendor/d3-geo.min.js")]
    [InlineData("vendor/d3-array.min.js")]
    [InlineData("js/app.js")]
    public async Task Scripts_AreServedFromTheServiceItself(string path)
    {
        using var response = await _client.GetAsync(new Uri("/" + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ReadyScenarios_AreServedReadOnlyWithTheirBands()
    {
        using var summary = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/data/kant-en-klare-doorrekeningen.json", UriKind.Relative)));
        var runs = summary.RootElement.GetProperty("doorrekeningen").EnumerateArray().ToList();

        string[] ready = ["garantieprijs-per-niveau", "geen-extra-financiering", "plafond-15-miljoen", "vastgesteld-beleid"];
        Assert.Equal(ready, runs.Select(r => r.GetProperty("scenarioId").GetString()!).Order(StringComparer.Ordinal).ToArray());
        foreach (var run in runs)
        {
            Assert.Equal(9, run.GetProperty("jaren").GetArrayLength());
            Assert.Equal(10_000, run.GetProperty("trekkingen").GetInt32()); // the default; the bands themselves: ScenarioWorkspaceTests
        }

        using var lines = JsonDocument.Parse(await _client.GetStringAsync(new Uri(runs[0].GetProperty("gemeenten").GetString()!, UriKind.Relative)));
        Assert.Equal(342 * 9, lines.RootElement.GetProperty("regels").GetArrayLength());
        using var unknown = await _client.GetAsync(new Uri("/data/kant-en-klare-doorrekeningen/bestaat-niet.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var unknownBands = await _client.GetAsync(new Uri("/data/kant-en-klare-onzekerheid/bestaat-niet.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknownBands.StatusCode);
        Assert.StartsWith("/data/kant-en-klare-onzekerheid/", runs[0].GetProperty("onzekerheid").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The service on its own SQLite file, without a port (the page is only fetched, not run).</summary>
    public sealed class Factory : WebApplicationFactory<Program>
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "onderwijsroute-web-tests", Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Path", Path.Combine(_folder, "onderwijsroute.db"));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                SqliteConnection.ClearAllPools();
                if (Directory.Exists(_folder))
                {
                    Directory.Delete(_folder, recursive: true);
                }
            }
        }
    }
}
