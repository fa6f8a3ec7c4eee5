using Dapper;

namespace Onderwijsroute.Funding.Persistence.Tests;

/// <summary>
/// Migrations 0008–0012 on a database of API 1.0 (the scripts before 0008, journalled as the migrator journals them):
/// its runs and analyses keep their scenario's name and input, so the scenario can then be deleted without losing them.
/// </summary>
public sealed class ScenarioHistoryMigrationTests : IDisposable
{
    private readonly TemporaryDatabaseFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A10Database_KeepsItsRunsAndAnalyses_WithTheirScenariosNameAndInput_AfterItsScenarioIsDeleted()
    {
        var database = _file.Open();
        var assembly = typeof(DatabaseMigrator).Assembly;
        using (var connection = database.Open())
        {
            connection.Execute("CREATE TABLE SchemaVersions (SchemaVersionID INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ScriptName TEXT NOT NULL, Applied DATETIME NOT NULL);");
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal).TakeWhile(n => !n.Contains(".0008_", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                connection.Execute(reader.ReadToEnd());
                connection.Execute("INSERT INTO SchemaVersions (ScriptName, Applied) VALUES (@Resource, '2026-01-01 00:00:00');", new { Resource = resource });
            }

            connection.Execute("""
                INSERT INTO scenarios VALUES ('s1', 'oud', 'Van 1.0', '{"naam":"oud"}', 'h1', 'p1', 0, '2026-01-01T00:00:00.000000000Z');
                INSERT INTO scenarios VALUES ('vastgesteld-beleid', 'vastgesteld-beleid', 'Kant en klaar', '{}', 'h2', 'p1', 1, '2026-01-01T00:00:00.000000000Z');
                INSERT INTO doorrekeningen VALUES ('d1', 's1', '2.0.0', 'p1', 'h1', '{"naam":"oud"}', '{}', '[]', '2026-01-02T00:00:00.000000000Z');
                INSERT INTO onzekerheidsanalyses VALUES ('a1', 's1', '2.0.0', 'p1', 'h1', '{}', 'gereed', 10, 10, '{}', '2026-01-02T00:00:00.000000000Z', '2026-01-02T00:01:00.000000000Z', NULL, NULL);
                """);
        }

        var applied = DatabaseMigrator.Migrate(database);

        Assert.Equal(["0008_add_scenario_eigenaar_versie.sql", "0009_copy_scenario_into_runs_and_analyses.sql", "0010_create_vergelijkingen.sql", "0011_add_onzekerheidsanalyse_lease.sql", "0012_create_onzekerheidsanalyse_lease_index.sql"], applied);
        var scenarios = new ScenarioRepository(database);
        Assert.Equal(ScenarioRecord.SystemOwner, (await scenarios.FindScenarioAsync("vastgesteld-beleid", CancellationToken.None))!.Owner);
        Assert.Null((await scenarios.FindScenarioAsync("s1", CancellationToken.None))!.Owner);
        Assert.Equal(ConditionalWriteOutcome.Written, await scenarios.DeleteScenarioAsync("s1", 1, null, CancellationToken.None));
        var run = await new ScenarioRunRepository(database).FindRunAsync("d1", CancellationToken.None);
        var analysis = await new UncertaintyAnalysisRepository(database).FindSimulationAsync("a1", CancellationToken.None);
        Assert.Equal(("s1", "oud", """{"naam":"oud"}"""), (run!.ScenarioId, run.ScenarioName, run.InputJson));
        Assert.Equal(("s1", "oud", """{"naam":"oud"}""", "gereed"), (analysis!.ScenarioId, analysis.ScenarioName, analysis.InputJson, analysis.Status));
        var (runs, total) = await new ScenarioRunRepository(database).ListRunsAsync(new ListFilter(ScenarioId: "s1"), 0, 10, CancellationToken.None);
        Assert.Equal(1, total);
        Assert.Equal("d1", runs.Single().Id);
    }
}
