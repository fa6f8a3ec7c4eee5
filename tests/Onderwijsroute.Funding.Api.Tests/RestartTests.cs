using System.Net;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>A second start of the service reuses the database file and its records.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onderwijsroute-api-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task SecondStart_ReusesTheFileAndReturnsEarlierCalculations()
    {
        string location;
        string posted;
        using (var first = new RestartedApiFactory(_folder))
        {
            var response = await first.CreateClient().PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }"""));
            location = response.Headers.Location!.OriginalString;
            posted = await response.Content.ReadAsStringAsync();
        }

        Assert.True(File.Exists(Path.Combine(_folder, "onderwijsroute.db")));
        using var second = new RestartedApiFactory(_folder);
        var client = second.CreateClient();
        var again = await client.GetAsync(location);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(posted, await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/health/ready")).StatusCode);
    }
}
