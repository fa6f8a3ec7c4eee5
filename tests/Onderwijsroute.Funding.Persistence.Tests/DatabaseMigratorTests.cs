using Dapper;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class DatabaseMigratorTests : IDisposable
{
    private readonly TemporaryDatabaseFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Migrate_EmptyFolder_CreatesFileAndAppliesEveryScriptInOrder()
    {
        var database = _file.Open();

        var applied = DatabaseMigrator.Migrate(database);

        Assert.True(File.Exists(_file.FilePath));
        Assert.Equal(["0001_create_berekeningen.sql", "0002_create_parameter_versies.sql", "0003_create_prognoses.sql", "0004_create_scenarios.sql", "0005_create_api_sleutels.sql", "0006_create_opslagproef.sql", "0007_add_onzekerheidsanalyse_sleutel_reden.sql", "0008_add_scenario_eigenaar_versie.sql", "0009_copy_scenario_into_runs_and_analyses.sql", "0010_create_vergelijkingen.sql", "0011_add_onzekerheidsanalyse_lease.sql", "0012_create_onzekerheidsanalyse_lease_index.sql"], applied);
        Assert.Equal(DatabaseMigrator.ScriptNames(), applied);
        using var connection = database.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;").ToArray();
        Assert.Contains("berekeningen", tables);
        Assert.Contains("parameter_versies", tables);
        Assert.Contains("api_sleutels", tables);
        Assert.Contains("auditlog", tables);
        Assert.True(DatabaseMigrator.IsUpToDate(database));
    }

    [Fact]
    public void Migrate_SetsWalModeOnTheFile()
    {
        var database = _file.Open();
        DatabaseMigrator.Migrate(database);

        using var connection = _file.Open().Open();

        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode;"));
        Assert.Equal(5000L, connection.ExecuteScalar<long>("PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task Migrate_SecondStart_AppliesNothingAndKeepsTheData()
    {
        DatabaseMigrator.Migrate(_file.Open());
        var record = new CalculationRecord("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", CalculationKinds.Advance, "{}", "sha256:abc", "{\"jaar\":2024}"u8.ToArray(), NodaTime.Instant.FromUtc(2026, 1, 2, 3, 4, 5));
        await new CalculationRepository(_file.Open()).AddAsync(record, null, CancellationToken.None);

        var appliedAgain = DatabaseMigrator.Migrate(_file.Open());

        Assert.Empty(appliedAgain);
        Assert.Equal(record, await new CalculationRepository(_file.Open()).FindAsync(record.Kind, record.Id, CancellationToken.None));
    }

    [Fact]
    public void IsUpToDate_BeforeMigration_IsFalse()
    {
        var database = _file.Open();

        Assert.False(DatabaseMigrator.IsUpToDate(database));
    }

    [Fact]
    public void Constructor_InMemoryDatabase_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new SqliteDatabase("Data Source=:memory:"));
    }

    [Fact]
    public void EverySqliteScript_HasAPostgreSqlTwinOfTheSameName()
    {
        Assert.Equal(DatabaseMigrator.ScriptNames(), DatabaseMigrator.PostgresScriptNames());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Migrate_ASecondTime_AppliesNothing_AndTheStoreIsUpToDate(string engine)
    {
        using var store = TestStore.Create(engine);

        Assert.Empty(store.Database.Migrate());
        Assert.True(store.Database.IsUpToDate());
    }
}
