using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests.Security;

public sealed class AuditTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AnAnonymousStoredCalculation_IsAuditedOnce_AndAStatelessOneNot()
    {
        var client = factory.CreateClient();

        var stored = await client.PostAsync("/v1/vaststellingsberekeningen", HttpAssertions.Json("""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [] }"""));
        var stateless = await client.PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json(MatrixFixture.ForecastBody.Replace("\"naam\": \"Matrix\"", "\"gemeenteCode\": \"GM0014\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stateless.StatusCode);
        await using var connection = factory.DatabaseConnection();
        var rows = (await connection.QueryAsync<(string? KeyId, string Method, string Path, long Status)>("SELECT sleutel_id, methode, pad, status FROM auditlog WHERE pad NOT LIKE '/v1/gemeenten/%';")).ToArray();
        Assert.Equal([(null, "POST", "/v1/vaststellingsberekeningen", 201L)], rows);
    }

    [Fact]
    public async Task AForecastReplaceAndDelete_AreAuditedWithTheirStatus()
    {
        var client = factory.CreateClient("regio", "AM01");
        var created = await client.PostAsync("/v1/gemeenten/GM0014/prognoses", HttpAssertions.Json(MatrixFixture.ForecastBody));
        var path = created.Headers.Location!.OriginalString;

        using var replace = new HttpRequestMessage(HttpMethod.Put, path) { Content = HttpAssertions.Json(MatrixFixture.ForecastBody) };
        replace.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var delete = new HttpRequestMessage(HttpMethod.Delete, path);
        delete.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(replace)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);

        await using var connection = factory.DatabaseConnection();
        var rows = (await connection.QueryAsync<(string Role, string Method, long Status)>("SELECT rol, methode, status FROM auditlog WHERE pad = @Path ORDER BY id;", new { Path = path })).ToArray();
        Assert.Equal([("regio", "PUT", 200L), ("regio", "DELETE", 204L)], rows);
    }
}
