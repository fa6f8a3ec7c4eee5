using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>A database folder that outlives one start of the service (for tests that restart it on the same file); deleted with the test.</summary>
public sealed class RestartFolder : IDisposable
{
    /// <summary>The folder.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "onderwijsroute-api-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The database file every start in the folder uses.</summary>
    public string DatabasePath => System.IO.Path.Combine(Path, "onderwijsroute.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        ApiFactory.ReleaseDatabase(Path);
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
