using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Onderwijsroute.Funding.Api.Tests.Security;

/// <summary>
/// 10,000 generated and mutated bodies over every POST and PUT endpoint (seeded, so a failure repeats), a quarter of them
/// through <c>/V1</c> instead of <c>/v1</c>, with fields named twice and lists at and past their bounds among the
/// mutations: never a 5xx, every 4xx is problem+json, and a rejected request leaves the stored state (rows of every
/// table, each forecast's version and input) unchanged. Every acknowledged write has its audit row, whatever the case.
/// </summary>
public sealed class FuzzTests(MatrixFixture fixture, ITestOutputHelper output) : IClassFixture<MatrixFixture>
{
    private const int Seed = 20261129;

    private const string StateSql = """
        SELECT (SELECT count(*) FROM berekeningen) || '|' || (SELECT count(*) FROM prognoses) || '|' ||
               (SELECT count(*) FROM scenarios) || '|' || (SELECT count(*) FROM doorrekeningen) || '|' ||
               (SELECT count(*) FROM onzekerheidsanalyses) || '|' || (SELECT count(*) FROM api_sleutels) || '|' ||
               (SELECT count(*) FROM auditlog) || '|' ||
               coalesce((SELECT string_agg(id || ':' || versie || ':' || octet_length(verzoek_json) || ':' || naam, ',' ORDER BY id) FROM prognoses), '');
        """;

    [Fact]
    public async Task TenThousandHostileBodies_NeverA5xx_AlwaysProblemJson_AndARejectedOneChangesNothing()
    {
        var forecast = await fixture.NewForecastAsync();
        var targets = new (string Method, string Path, string Caller, string Valid, int Count)[]
        {
            ("POST", "/v1/voorschotberekeningen", Callers.Anonymous, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 15900000, "peildatumInwoners": "2024-01-01" }""", 1500),
            ("POST", "/v1/vaststellingsberekeningen", Callers.Anonymous, """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 40 } ], "voorschotten": [ { "gemeenteCode": "GM0363", "bedrag": 820000 } ] }""", 1500),
            ("POST", "/v1/prognoseberekeningen", Callers.Anonymous, MatrixFixture.ForecastBody.Replace("\"naam\": \"Matrix\"", "\"gemeenteCode\": \"GM0014\"", StringComparison.Ordinal), 1500),
            ("POST", "/v1/gemeenten/GM0014/prognoses", Callers.GemeenteA, MatrixFixture.ForecastBody, 1500),
            ("PUT", forecast, Callers.GemeenteA, MatrixFixture.ForecastBody, 1500),
            ("POST", "/v1/scenarios", Callers.Ministerie, Tests.ScenariosEndpointsTests.SmallScenario().ToJsonString(), 1200),
            ("POST", "/v1/scenarios/vastgesteld-beleid/onzekerheidsanalyses", Callers.Ministerie, """{ "trekkingen": 10, "seed": 3 }""", 600),
            ("POST", "/v1/vergelijkingen", Callers.Ministerie, $$"""{ "doorrekeningen": [ "{{fixture.RunId}}", "{{fixture.OtherRunId}}" ] }""", 500),
            ("POST", "/v1/sleutels", Callers.Beheer, """{ "naam": "fuzz", "rol": "gemeente", "scope": "GM0014", "verlooptOp": "2027-01-01" }""", 150),
            ("POST", "/v1/scenarios/vastgesteld-beleid/doorrekeningen", Callers.Ministerie, "{}", 50),
        };
        var random = new Random(Seed);
        var clients = Callers.All.ToDictionary(c => c, c => ApiFactory.WithKey(fixture.CreateClient(), fixture.Keys[c]));
        await using var database = fixture.DatabaseConnection();
        await database.OpenAsync();
        var sent = 0;
        var rejected = 0;
        var statuses = new SortedDictionary<int, int>();

        foreach (var (method, path, caller, valid, count) in targets)
        {
            for (var i = 0; i < count; i++)
            {
                var body = BodyMutator.Mutate(valid, random);
                var sentPath = random.Next(4) == 0 ? "/V1" + path[3..] : path;
                using var request = new HttpRequestMessage(new HttpMethod(method), sentPath) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = random.Next(40) == 0 ? new MediaTypeHeaderValue("text/plain") : new MediaTypeHeaderValue("application/json");
                if (method == "PUT")
                {
                    request.Headers.TryAddWithoutValidation("If-Match", "*");
                }

                var before = await database.ExecuteScalarAsync<string>(StateSql);
                var auditedBefore = await database.ExecuteScalarAsync<long>("SELECT count(*) FROM auditlog;");
                var response = await clients[caller].SendAsync(request);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                sent++;

                Assert.True(status < 500, $"{method} {sentPath} answered {status} to body #{i} (seed {Seed}): {await response.Content.ReadAsStringAsync()}");
                if (status is >= 200 and < 300 && !path.EndsWith("/prognoseberekeningen", StringComparison.Ordinal))
                {
                    Assert.True(await database.ExecuteScalarAsync<long>("SELECT count(*) FROM auditlog;") > auditedBefore, $"{method} {sentPath} answered {status} without an audit row");
                }

                if (status >= 400)
                {
                    rejected++;
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                    Assert.Equal(before, await database.ExecuteScalarAsync<string>(StateSql));
                }
            }
        }

        output.WriteLine($"sent {sent}, rejected {rejected}; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(sent >= 10_000);
        Assert.True(rejected > sent / 2, $"only {rejected} of {sent} bodies were rejected: the mutations are too tame");
    }
}
