using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary><c>?opslaan=false</c>: the stored calculations computed and answered without a row written anywhere.</summary>
public sealed class UnstoredCalculationsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Advances = "/v1/voorschotberekeningen";
    private const string Settlements = "/v1/vaststellingsberekeningen";
    private const string AdvanceBody = """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024 }""";
    private const string SettlementBody = """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 3 } ] }""";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(Advances, AdvanceBody)]
    [InlineData(Settlements, SettlementBody)]
    public async Task OpslaanFalse_Answers200WithoutLocationOrId_AndWritesNoRowInAnyTable(string collection, string body)
    {
        var before = await RowsAsync();

        var response = await _client.PostAsync($"{collection}?opslaan=false", HttpAssertions.Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var json = await response.ReadJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("id").ValueKind);
        Assert.True(json.GetProperty("regels").GetArrayLength() > 0);
        Assert.Equal(before, await RowsAsync());
    }

    [Theory]
    [InlineData(Advances, AdvanceBody)]
    [InlineData(Settlements, SettlementBody)]
    public async Task OpslaanFalse_GivesTheSameFiguresAsTheStoredCalculation(string collection, string body)
    {
        var unstored = await (await _client.PostAsync($"{collection}?opslaan=false", HttpAssertions.Json(body))).ReadJsonAsync();
        var stored = await (await _client.PostAsync($"{collection}?opslaan=true", HttpAssertions.Json(body))).ReadJsonAsync();

        Assert.Equal(stored.GetProperty("regels").ToString(), unstored.GetProperty("regels").ToString());
        Assert.Equal(stored.GetProperty("toelichting").ToString(), unstored.GetProperty("toelichting").ToString());
    }

    [Fact]
    public async Task WithoutOpslaan_StillStoresAndAudits()
    {
        var before = await RowsAsync();

        var response = await _client.PostAsync(Advances, HttpAssertions.Json(AdvanceBody));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before + 2, await RowsAsync()); // the calculation and its audit entry
    }

    [Fact]
    public async Task OpslaanNotABoolean_Is400NamingIt_AndWritesNothing()
    {
        var before = await RowsAsync();

        var response = await _client.PostAsync($"{Advances}?opslaan=nee", HttpAssertions.Json(AdvanceBody));

        await response.AssertInvalidAsync("opslaan");
        Assert.Equal(before, await RowsAsync());
    }

    /// <summary>Rows in every table of the service's database (either engine): whatever a request writes, it shows here.</summary>
    private async Task<long> RowsAsync()
    {
        await using var connection = factory.DatabaseConnection();
        var tables = await connection.QueryAsync<string>(connection is SqliteConnection
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE';");
        long rows = 0;
        foreach (var table in tables)
        {
            rows += await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM \"{table}\";");
        }

        return rows;
    }
}
