using System.Net;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>A second start of the service reuses the database file and its records.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly RestartFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    [Trait("Engine", "SqliteOnly")]
    public async Task SecondStart_ReusesTheFileAndReturnsEarlierCalculations()
    {
        string location;
        string posted;
        using (var first = new RestartedApiFactory(_folder.Path))
        {
            var response = await first.CreateClient().PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }"""));
            location = response.Headers.Location!.OriginalString;
            posted = await response.Content.ReadAsStringAsync();
        }

        Assert.True(File.Exists(_folder.DatabasePath));
        using var second = new RestartedApiFactory(_folder.Path);
        var client = second.CreateClient();
        var again = await client.GetAsync(location);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(posted, await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/health/ready")).StatusCode);
    }
}
