using System.Net;
using System.Text.Json;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>Monte Carlo analyses: 202 with a status resource, progress, result, cancellation and bad input.</summary>
public sealed class OnzekerheidsanalysesEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Analysis_Answers202_ReportsProgress_AndGivesOrderedBands()
    {
        var client = factory.CreateClient("ministerie");

        var response = await client.PostAsync("/v1/scenarios/vastgesteld-beleid/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 300, "seed": 42 }"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/v1/onzekerheidsanalyses/", location, StringComparison.Ordinal);
        var status = await client.WaitForFinalStatusAsync(location);
        Assert.Equal("gereed", status.GetProperty("status").GetString());
        Assert.Equal(100, status.GetProperty("voortgang").GetProperty("percentage").GetInt32());
        Assert.Equal(300, status.GetProperty("voortgang").GetProperty("trekkingenGedaan").GetInt32());
        var runner = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<V1.Scenarios.UncertaintyAnalysisRunner>(factory.Services);
        Assert.Null(runner.Live(location[(location.LastIndexOf('/') + 1)..])); // finished: the record is the truth, the runner forgets it

        var result = await (await client.GetAsync(status.GetProperty("resultaat").GetString())).ReadJsonAsync();
        Assert.Equal(42UL, result.GetProperty("seed").GetUInt64());
        foreach (var year in result.GetProperty("jaren").EnumerateArray())
        {
            foreach (var band in year.GetProperty("kengetallen").EnumerateArray().Concat(year.GetProperty("gemeenten").EnumerateArray()))
            {
                Assert.True(band.GetProperty("p5").GetDecimal() <= band.GetProperty("p50").GetDecimal() && band.GetProperty("p50").GetDecimal() <= band.GetProperty("p95").GetDecimal());
            }
        }
    }

    [Fact]
    public async Task SameSeedTwice_GivesTheSameResult()
    {
        var client = factory.CreateClient("ministerie");
        async Task<JsonElement> RunAsync()
        {
            var response = await client.PostAsync("/v1/scenarios/geen-extra-financiering/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 200, "seed": 7 }"""));
            var status = await client.WaitForFinalStatusAsync(response.Headers.Location!.OriginalString);
            return await (await client.GetAsync(status.GetProperty("resultaat").GetString())).ReadJsonAsync();
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first.GetProperty("jaren").GetRawText(), second.GetProperty("jaren").GetRawText());
    }

    [Fact]
    public async Task Cancel_StopsALongAnalysis()
    {
        var client = factory.CreateClient("ministerie");
        var response = await client.PostAsync("/v1/scenarios/plafond-15-miljoen/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 100000, "seed": 1 }"""));
        var location = response.Headers.Location!.OriginalString;

        var cancel = await client.DeleteAsync(location);

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        var status = await client.WaitForFinalStatusAsync(location);
        Assert.Equal("geannuleerd", status.GetProperty("status").GetString());
        Assert.True(status.GetProperty("voortgang").GetProperty("trekkingenGedaan").GetInt32() < 100_000);
        await (await client.GetAsync(location + "/resultaat")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync(location)).StatusCode);
    }

    [Fact]
    public async Task BadSettings_AreA400NamingEachField()
    {
        var response = await factory.CreateClient("ministerie").PostAsync("/v1/scenarios/vastgesteld-beleid/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 100001, "variatiecoefficientDeelnemers": -1, "variatiecoefficientPrijs": 9 }"""));

        await response.AssertInvalidAsync("trekkingen", "variatiecoefficientDeelnemers", "variatiecoefficientPrijs");
    }
}
