using System.Net;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests;

public sealed class ReadinessTests
{
    [Theory]
    [InlineData("DELETE FROM parameter_versies;")]
    [InlineData("DELETE FROM SchemaVersions;")]
    public async Task Ready_WithoutParametersOrMigrations_Is503ProblemWhileLiveStaysUp(string sabotage)
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/health/ready")).StatusCode);
        using (var connection = factory.DatabaseConnection())
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sabotage;
            command.ExecuteNonQuery();
        }

        var ready = await client.GetAsync("/v1/health/ready");
        var live = await client.GetAsync("/v1/health/live");

        await ready.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
