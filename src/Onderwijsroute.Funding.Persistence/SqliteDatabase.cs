using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// The embedded SQLite database file (Dutch: <em>database</em>). Hands out one open connection per unit of work;
/// every connection waits for a busy file instead of failing at once, commits with <c>synchronous = FULL</c> (each
/// commit is on disk before it returns), and the file runs in WAL mode so readers never block the single writer.
/// </summary>
public sealed class SqliteDatabase
{
    /// <summary>How long a connection waits for a lock held by another connection.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Creates the database handle from a connection string; nothing is opened yet.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string naming a file.</param>
    public SqliteDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        };
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:")
        {
            throw new ArgumentException("The database must be a file: the calculation records outlive the process.", nameof(connectionString));
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource);
        ConnectionString = builder.ToString();
        FilePath = builder.DataSource;
    }

    /// <summary>The effective connection string (absolute file path, busy timeout).</summary>
    public string ConnectionString { get; }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>A database handle for a file path; the file's folder is created when missing.</summary>
    /// <param name="filePath">The database file, absolute or relative to the current directory.</param>
    public static SqliteDatabase ForFile(string filePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        var database = new SqliteDatabase(new SqliteConnectionStringBuilder { DataSource = filePath }.ToString());
        database.EnsureFolder();
        return database;
    }

    /// <summary>Creates the folder of the database file when it does not exist.</summary>
    public void EnsureFolder()
    {
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Opens a connection for one unit of work; dispose it when the work is done.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = BusyTimeoutPragma;
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Opens a connection asynchronously for one unit of work.</summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = BusyTimeoutPragma;
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    // synchronous = FULL: in WAL mode every commit is fsynced before it returns, so an acknowledged write survives
    // a killed process and also a power loss or OS crash (NORMAL would survive only the former). Per connection.
    private static string BusyTimeoutPragma => $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = FULL;";
}
