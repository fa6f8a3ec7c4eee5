using System.Net;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary><c>If-Match: *</c> matches any current version (RFC 9110 §13.1.1; issue 11, item 8): parallel writers with it all win, in turn.</summary>
public sealed class IfMatchTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    [Fact]
    public async Task FiftyParallelReplacesWithStar_AllSucceed_EachWithItsOwnNewVersion()
    {
        var path = await fixture.NewForecastAsync();
        var client = ApiFactory.WithKey(fixture.CreateClient(), fixture.Keys[Callers.GemeenteA]);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = HttpAssertions.Json(MatrixFixture.ForecastBody.Replace("\"Matrix\"", $"\"Schrijver {i}\"", StringComparison.Ordinal)) };
            request.Headers.TryAddWithoutValidation("If-Match", "*");
            var response = await client.SendAsync(request);
            return (response.StatusCode, ETag: response.Headers.ETag?.Tag, Body: await response.ReadJsonAsync());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(Enumerable.Range(2, 50).Select(v => (long)v), responses.Select(r => r.Body.GetProperty("versie").GetInt64()).Order());
        Assert.All(responses, r => Assert.Equal(r.ETag, $"\"{r.Body.GetProperty("versie").GetInt64()}\""));
        var stored = await (await client.GetAsync(path)).ReadJsonAsync();
        Assert.Equal(51, stored.GetProperty("versie").GetInt64());
    }

    [Fact]
    public async Task AReplaceWithoutIfMatch_Is428ProblemWithAType()
    {
        var path = await fixture.NewForecastAsync();
        var client = ApiFactory.WithKey(fixture.CreateClient(), fixture.Keys[Callers.GemeenteA]);

        var problem = await (await client.PutAsync(path, HttpAssertions.Json(MatrixFixture.ForecastBody))).AssertProblemAsync((HttpStatusCode)428);

        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-3", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ADeleteWithStar_Deletes_AndAStarOnAMissingForecastIs404()
    {
        var path = await fixture.NewForecastAsync();
        var client = ApiFactory.WithKey(fixture.CreateClient(), fixture.Keys[Callers.GemeenteA]);

        using var delete = new HttpRequestMessage(HttpMethod.Delete, path);
        delete.Headers.TryAddWithoutValidation("If-Match", "*");
        using var again = new HttpRequestMessage(HttpMethod.Delete, path);
        again.Headers.TryAddWithoutValidation("If-Match", "*");

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
        await (await client.SendAsync(again)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
