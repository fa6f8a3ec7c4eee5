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

    /// <summary>
    /// Closes the pooled connections of this file only. (Closing every pool would make SQLite checkpoint the files of
    /// other tests running at the same moment, and a test that measures what a commit writes to the file would see it.)
    /// </summary>
    public void ClosePool()
    {
        using var connection = new SqliteConnection(Open().ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void Dispose()
    {
        ClosePool();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
