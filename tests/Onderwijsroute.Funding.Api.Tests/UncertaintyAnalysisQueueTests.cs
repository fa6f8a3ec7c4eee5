using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// The analysis queue is bounded and survives a restart (issue 11, item 6): past the bound per key a 429, past the bound
/// of the service a 503, both with Retry-After; an analysis that was waiting or running when the service stopped (or was
/// killed) is picked up again at the next start.
/// </summary>
public sealed class UncertaintyAnalysisQueueTests : IDisposable
{
    private const string Long = """{ "trekkingen": 100000, "seed": 1 }""";

    private readonly RestartFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PastTheBoundOfAKey_429_PastTheBoundOfTheService_503_BothWithRetryAfter()
    {
        using var factory = new RestartedApiFactory(_folder.Path, ("UncertaintyAnalysis:MaxQueuedPerKey", "2"), ("UncertaintyAnalysis:MaxQueued", "3"));
        var first = factory.CreateClient("ministerie");
        var second = factory.CreateClient("ministerie");
        var started = new List<(HttpClient Client, string Location)>();
        async Task<HttpResponseMessage> StartAsync(HttpClient client)
        {
            var response = await client.PostAsync("/v1/scenarios/plafond-15-miljoen/onzekerheidsanalyses", HttpAssertions.Json(Long));
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                started.Add((client, response.Headers.Location!.OriginalString));
            }

            return response;
        }

        try
        {
            Assert.Equal(HttpStatusCode.Accepted, (await StartAsync(first)).StatusCode);
            Assert.Equal(HttpStatusCode.Accepted, (await StartAsync(first)).StatusCode);
            var keyFull = await StartAsync(first);
            Assert.Equal(HttpStatusCode.Accepted, (await StartAsync(second)).StatusCode);
            var serviceFull = await StartAsync(second);

            await keyFull.AssertProblemAsync(HttpStatusCode.TooManyRequests);
            await serviceFull.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.All(new[] { keyFull, serviceFull }, r => Assert.True(int.Parse(r.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1));
            Assert.Equal(3L, await CountAsync("SELECT count(*) FROM onzekerheidsanalyses;"));

            // A cancelled analysis frees its place.
            Assert.Equal(HttpStatusCode.Accepted, (await first.DeleteAsync(started[0].Location)).StatusCode);
            await WaitForStatusAsync(first, started[0].Location, "geannuleerd");
            Assert.Equal(HttpStatusCode.Accepted, (await StartAsync(first)).StatusCode);
        }
        finally
        {
            foreach (var (client, location) in started)
            {
                await client.DeleteAsync(location);
            }
        }
    }

    [Fact]
    // On PostgreSQL a second start resumes only analyses whose lease ran out (the fixed test clock never lets it):
    // the take-over there is tested by the repository lease tests and by tools/multi-instance.sh.
    [Trait("Engine", "SqliteOnly")]
    public async Task AnalysesWaitingOrRunningAtAStopOrACrash_ArePickedUpAgainAtTheNextStart()
    {
        string running;
        string waiting;
        string ministryKey;
        using (var before = new RestartedApiFactory(_folder.Path))
        {
            ministryKey = before.MintKey("ministerie");
            var client = ApiFactory.WithKey(before.CreateClient(), ministryKey);
            running = (await client.PostAsync("/v1/scenarios/plafond-15-miljoen/onzekerheidsanalyses", HttpAssertions.Json(Long))).Headers.Location!.OriginalString;
            waiting = (await client.PostAsync("/v1/scenarios/vastgesteld-beleid/onzekerheidsanalyses", HttpAssertions.Json("""{ "trekkingen": 50, "seed": 9 }"""))).Headers.Location!.OriginalString;
            await WaitForStatusAsync(client, running, "bezig");
            Assert.Equal("wachtend", (await (await client.GetAsync(waiting)).ReadJsonAsync()).GetProperty("status").GetString());
        }

        // A kill -9 leaves the running one as 'bezig' in the store; a stop leaves it 'wachtend'. Both must be resumed.
        await CountAsync($"UPDATE onzekerheidsanalyses SET status = 'bezig', trekkingen_gedaan = 1234 WHERE id = '{running[(running.LastIndexOf('/') + 1)..]}' RETURNING 1;");

        using var after = new RestartedApiFactory(_folder.Path);
        var again = ApiFactory.WithKey(after.CreateClient(), ministryKey);
        await WaitForStatusAsync(again, running, "bezig");
        Assert.Equal(HttpStatusCode.Accepted, (await again.DeleteAsync(running)).StatusCode);

        var done = await WaitForStatusAsync(again, waiting, "gereed");
        Assert.Equal(50, done.GetProperty("voortgang").GetProperty("trekkingenGedaan").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(done.GetProperty("resultaat").GetString())).StatusCode);
        Assert.Equal("geannuleerd", (await WaitForStatusAsync(again, running, "geannuleerd")).GetProperty("status").GetString());
        Assert.Contains(after.Logged, line => line.Contains("2 uncertainty analyses that were waiting or running", StringComparison.Ordinal));
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = ApiFactory.ConnectionTo(_folder.Path);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string location, string wanted)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var status = await (await client.GetAsync(location)).ReadJsonAsync();
            if (status.GetProperty("status").GetString() == wanted)
            {
                return status;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{location} never reached '{wanted}'.");
    }
}
