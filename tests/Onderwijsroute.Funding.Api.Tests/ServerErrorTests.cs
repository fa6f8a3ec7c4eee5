using System.Net;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests;

public sealed class ServerErrorTests
{
    [Fact]
    public async Task UnexpectedFailure_Is500ProblemInDutchWithoutStackTrace()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        using (var connection = factory.DatabaseConnection())
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE berekeningen;";
            drop.ExecuteNonQuery();
        }

        var response = await client.PostAsync("/v1/voorschotberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }"""));

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        Assert.Equal("Interne fout", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("Sqlite", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("exception", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }
}
