using System.Net;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// Problems that tell the caller what to do (issue 14, item 8): a 403 names the role needed, a 404 of an unknown path
/// says so (and suggests the path meant), a trailing slash names the path without it, and an If-Match that is stale or
/// not quoted shows the expected form.
/// </summary>
public sealed class HelpfulProblemsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string ForecastBody = """{ "naam": "Berichten", "vanJaar": 2024, "totEnMetJaar": 2025 }""";

    [Theory]
    [InlineData("gemeente", "GM0014", "/v1/scenarios", "ministerie")]
    [InlineData("ministerie", null, "/v1/sleutels", "beheer")]
    [InlineData("beheer", null, "/v1/gemeenten/GM0014/prognoses", "gemeente of regio")]
    public async Task A403_NamesTheRoleNeeded_AndTheKeysRole(string role, string? scope, string path, string needed)
    {
        var problem = await (await factory.CreateClient(role, scope).GetAsync(path)).AssertProblemAsync(HttpStatusCode.Forbidden);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"de rol {needed};", detail, StringComparison.Ordinal);
        Assert.Contains($"uw sleutel heeft de rol {role}", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/gemeentes", "/v1/gemeenten")]
    [InlineData("/V1/Gemeentes/GM0014", "/v1/gemeenten/GM0014")]
    [InlineData("/v1/regelinge/spuk-regulier", "/v1/regelingen/spuk-regulier")]
    [InlineData("/v1/voorschotberekening", "/v1/voorschotberekeningen")]
    public async Task A404OfAMisspelledPath_SaysThePathIsUnknown_AndSuggestsTheOneMeant(string path, string meant)
    {
        var problem = await (await factory.CreateClient().GetAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("Dit pad bestaat niet.", detail, StringComparison.Ordinal);
        Assert.Contains($"Bedoelt u {meant}?", detail, StringComparison.Ordinal);
        Assert.Contains("/v1/openapi.json", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("schuine streep", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A404OfAPathFarFromAnyOther_SuggestsNothing()
    {
        var problem = await (await factory.CreateClient().GetAsync("/v1/begrotingen")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Dit pad bestaat niet. Alle paden van de API staan in /v1/openapi.json.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A404OfAResourceThatDoesNotExist_KeepsItsOwnDetail()
    {
        var problem = await (await factory.CreateClient().GetAsync("/v1/gemeenten/GM9999")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.DoesNotContain("Dit pad bestaat niet", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATrailingSlash_NamesThePathWithoutIt()
    {
        var problem = await (await factory.CreateClient().GetAsync("/v1/gemeenten/")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Paden van de API eindigen niet op een schuine streep: bedoelt u /v1/gemeenten?", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"1")]
    [InlineData("\"1\", 2")]
    public async Task AnUnquotedIfMatch_Is400NamingTheHeader_WithTheExpectedForm(string ifMatch)
    {
        var (client, path) = await NewForecastAsync();

        var errors = await (await SendAsync(client, HttpMethod.Put, path, ifMatch)).AssertInvalidAsync("If-Match");

        var message = Assert.Single(errors.GetProperty("If-Match").EnumerateArray()).GetString()!;
        Assert.Contains("is geen ETag", message, StringComparison.Ordinal);
        Assert.Contains("If-Match: \"1\"", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"7\"")]
    [InlineData("W/\"1\"")]
    public async Task AStaleIfMatch_Is412_NamingTheCurrentETag(string ifMatch)
    {
        var (client, path) = await NewForecastAsync();

        var problem = await (await SendAsync(client, HttpMethod.Delete, path, ifMatch)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"If-Match noemt {ifMatch}", detail, StringComparison.Ordinal);
        Assert.Contains("de huidige versie heeft ETag \"1\"", detail, StringComparison.Ordinal);
        Assert.Contains("If-Match: \"1\"", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingIfMatch_Is428_ShowingTheForm()
    {
        var (client, path) = await NewForecastAsync();

        var problem = await (await SendAsync(client, HttpMethod.Delete, path, null)).AssertProblemAsync((HttpStatusCode)428);

        Assert.Contains("If-Match: \"1\"", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, string Path)> NewForecastAsync()
    {
        var client = factory.CreateClient("gemeente", "GM0014");
        var created = await client.PostAsync("/v1/gemeenten/GM0014/prognoses", HttpAssertions.Json(ForecastBody));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (client, created.Headers.Location!.OriginalString);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Put ? HttpAssertions.Json(ForecastBody) : null };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }
}
