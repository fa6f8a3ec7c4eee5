using Dapper;
using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Persistence.Tests;

/// <summary>Real SQLite failures, told apart: a store that cannot be written or is damaged, and a statement that is merely wrong.</summary>
public sealed class StorageFaultsTests : IDisposable
{
    private readonly TemporaryDatabaseFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void AWriteToAReadOnlyStore_IsUnwritable_AndABrokenStatementIsNoStorageFault()
    {
        var database = _file.Open();
        DatabaseMigrator.Migrate(database);
        using var readOnly = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString());
        readOnly.Open();

        var write = Assert.Throws<SqliteException>(() => readOnly.Execute("INSERT INTO opslagproef (id, tijdstip) VALUES (1, 'nu');"));
        var wrong = Assert.Throws<SqliteException>(() => readOnly.Execute("SELECT * FROM bestaat_niet;"));

        Assert.Equal(StorageFaultKind.Unwritable, StorageFaults.Classify(write));
        Assert.Equal(StorageFaultKind.Unwritable, StorageFaults.Classify(new InvalidOperationException("wrapped", write)));
        Assert.Null(StorageFaults.Classify(wrong));
        Assert.Null(StorageFaults.Classify(new InvalidOperationException("no SQLite at all")));
    }

    [Fact]
    public void ADamagedFile_FailsQuickCheck_AndIsClassifiedAsDamaged()
    {
        var database = _file.Open();
        DatabaseMigrator.Migrate(database);
        Assert.Empty(database.QuickCheck());
        database.ProbeWrite("2026-03-01T12:00:00Z");
        long rootPage;
        using (var connection = database.Open())
        {
            rootPage = connection.ExecuteScalar<long>("SELECT rootpage FROM sqlite_master WHERE name = 'opslagproef';");
        }

        _file.ClosePool();
        using (var file = new FileStream(_file.FilePath, FileMode.Open, FileAccess.Write))
        {
            file.Position = (rootPage - 1) * 4096;
            file.Write(Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 251)).ToArray());
        }

        Assert.NotEmpty(database.QuickCheck());
        var read = Assert.Throws<SqliteException>(() =>
        {
            using var connection = database.Open();
            connection.Query("SELECT * FROM opslagproef;").AsList();
        });
        Assert.Equal(StorageFaultKind.Damaged, StorageFaults.Classify(read));
    }
}
