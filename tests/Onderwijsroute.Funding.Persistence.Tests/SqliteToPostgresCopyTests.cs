using NodaTime;
using Onderwijsroute.Funding.Persistence.PostgreSql;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class SqliteToPostgresCopyTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 28, 23, 0, 0).PlusNanoseconds(123_456_000);

    /// <summary>The PostgreSQL case alone: the copy needs both engines.</summary>
    public static IEnumerable<object[]> PostgresOnly => TestStore.Engines.Where(e => (string)e[0] == "postgresql");

    [Theory]
    [MemberData(nameof(PostgresOnly))]
    public async Task Copy_CarriesEveryRowOfEveryTable_AndRefusesATargetWithData(string engine)
    {
        using var source = TestStore.Create("sqlite");
        using var target = TestStore.Create(engine);
        await Fill(source);

        var copied = SqliteToPostgresCopy.Copy((SqliteDatabase)source.Database, (PostgresDatabase)target.Database);

        Assert.All(SqliteToPostgresCopy.Tables, table => Assert.True(copied[table] > 0, $"{table} had no row to copy"));
        foreach (var table in SqliteToPostgresCopy.Tables)
        {
            Assert.Equal(SqliteToPostgresCopy.Normalise(source.Rows(table)), SqliteToPostgresCopy.Normalise(target.Rows(table)));
        }

        // The copy reads back through the PostgreSQL repositories, and new audit entries continue the numbering.
        Assert.Equal(await source.Forecasts.FindAsync("GM0014", "f1", CancellationToken.None), await target.Forecasts.FindAsync("GM0014", "f1", CancellationToken.None));
        await target.Keys.AuditAsync(new AuditRecord(At, null, null, null, "POST", "/v1/x", 201), CancellationToken.None);
        Assert.Equal(3, target.Scalar("SELECT max(id) FROM auditlog"));
        Assert.Throws<InvalidOperationException>(() => SqliteToPostgresCopy.Copy((SqliteDatabase)source.Database, (PostgresDatabase)target.Database));
    }

    private static async Task Fill(TestStore store)
    {
        var audit = new AuditRecord(At, "0123456789abcdef", "Groningen", "gemeente", "POST", "/v1/gemeenten/GM0014/prognoses", 201);
        store.ParameterVersions.Register(new ParameterVersionRecord("sha256:aa", "[{\"id\":\"spuk\"}]", At));
        await store.Calculations.AddAsync(new CalculationRecord("c1", CalculationKinds.Settlement, "{\"jaar\":2024}", "sha256:aa", "{\"regeling\":\"spuk\",\"jaar\":2024, \"bedrag\": 12884.93}"u8.ToArray(), At), audit, CancellationToken.None);
        await store.Forecasts.AddAsync(new ForecastRecord("f1", "GM0014", "Basis", 1, "{}", "sha256:aa", "{\"jaren\":[]}"u8.ToArray(), At, At), audit, CancellationToken.None);
        store.Scenarios.AddScenario(new ScenarioRecord("s", "naam", "omschrijving", "{}", "sha256:a", "sha256:aa", true, At));
        await store.Runs.AddRunAsync(new ScenarioRunRecord("r1", "s", "naam", "2.0.0", "sha256:aa", "sha256:a", "{}", "{\"jaren\":[]}", "[]", At), null, CancellationToken.None);
        store.Analyses.AdmitSimulation(new SimulationRecord("a1", "s", "naam", "2.0.0", "sha256:aa", "sha256:a", "{}", "{\"trekkingen\":10}", "wachtend", 10, 0, null, At, null, "0123456789abcdef"), 5, 5);
        store.Analyses.ClaimSimulation("a1", "instantie", At, At + Duration.FromSeconds(30));
        await store.Comparisons.AddComparisonAsync(new ComparisonRecord("v1", "2.0.0", "sha256:aa", [new("r1", "s", "naam"), new("r1", "s", "naam")], "{}", "{\"verschillen\":[]}", At), null, CancellationToken.None);
        store.Keys.Add(new ApiKeyRecord("0123456789abcdef", "Groningen", "gemeente", "GM0014", [1, 2, 3], [4, 5, 6], At, null, At + Duration.FromDays(1)));
    }
}
