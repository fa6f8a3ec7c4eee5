using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Persistence.Tests;

/// <summary>A real SQLite file in a fresh temporary folder, removed afterwards.</summary>
public sealed class TemporaryDatabaseFile : IDisposable
{
    public TemporaryDatabaseFile()
    {
        Folder = Path.Combine(Path.GetTempPath(), "onderwijsroute-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "nested", "onderwijsroute.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    /// <summary>A new handle on the same file, as a new process start would make.</summary>
    public SqliteDatabase Open() => SqliteDatabase.ForFile(FilePath);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
