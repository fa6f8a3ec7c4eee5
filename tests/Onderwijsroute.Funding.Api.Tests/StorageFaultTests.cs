using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// A damaged database file (issue 11, item 4): the start-up check finds it, readiness says 503 naming it, writes are
/// refused with a 503 problem instead of being acknowledged into the damaged file, the process stays up, and the log
/// tells the operator once what to do. (A full disk and the start-up permission faults are script steps of .ci/run:
/// tools/storage-faults.sh.)
/// </summary>
public sealed class StorageFaultTests : IDisposable
{
    private readonly RestartFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    [Trait("Engine", "SqliteOnly")]
    public async Task ADamagedFile_IsNotReady_RefusesWritesWith503_AndSaysSoOnceInTheLog()
    {
        using (var first = new RestartedApiFactory(_folder.Path))
        {
            var client = first.CreateClient();
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }"""))).StatusCode);
            }
        }

        SqliteConnection.ClearAllPools();
        var path = _folder.DatabasePath;
        long rootPage;
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            rootPage = connection.ExecuteScalar<long>("SELECT rootpage FROM sqlite_master WHERE name = 'berekeningen';");
        }

        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = (rootPage - 1) * 4096;
            await file.WriteAsync(Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 251)).ToArray());
        }

        using var second = new RestartedApiFactory(_folder.Path);
        var after = second.CreateClient();

        var ready = await after.GetAsync("/v1/health/ready");
        var write = await after.PostAsync("/v1/vaststellingsberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [] }"""));
        var stateless = await after.PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json("""{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2025 }"""));

        Assert.Contains("beschadigd", (await ready.AssertProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("beschadigd", (await write.AssertProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(write.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, stateless.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/v1/health/live")).StatusCode);
        Assert.Single(second.Logged, line => line.Contains("is damaged", StringComparison.Ordinal) && line.Contains("restore the last backup", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Logged, line => line.Contains(" ready;", StringComparison.Ordinal));
    }
}
