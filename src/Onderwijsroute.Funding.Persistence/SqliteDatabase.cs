using System.Data.Common;
using Dapper;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// The embedded SQLite database file (Dutch: <em>database</em>). Hands out one open connection per unit of work;
/// every connection waits for a busy file instead of failing at once, commits with <c>synchronous = FULL</c> (each
/// commit is on disk before it returns), and the file runs in WAL mode so readers never block the single writer.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The write gate is a SemaphoreSlim whose wait handle is never used; it needs no disposal and lives as long as the database handle.")]
public sealed class SqliteDatabase : IDatabase, IStoreEngine
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
        _groupCommit = new GroupCommit(this);
    }

    /// <summary>The effective connection string (absolute file path, busy timeout).</summary>
    public string ConnectionString { get; }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public string Engine => "sqlite";

    /// <inheritdoc />
    public string Location => FilePath;

    /// <inheritdoc />
    public IReadOnlyList<string> Migrate() => DatabaseMigrator.Migrate(this);

    /// <inheritdoc />
    SqlDialect IStoreEngine.Dialect => SqlDialect.Sqlite;

    /// <inheritdoc />
    public bool IsUpToDate() => DatabaseMigrator.IsUpToDate(this);

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

    // One writer at a time inside this process (a group-commit batch or an EnterWrite turn). SQLite allows one writer
    // per file anyway; a writer that finds the file locked waits in SQLite's busy handler, which sleeps in growing steps
    // (up to 100 ms) and made the latency tail under load. Queueing here instead hands the lock over at once; the busy
    // timeout still covers other processes.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private readonly GroupCommit _groupCommit;

    // Write turns ended in this process, and how many there had been at the last checkpoint: an idle service skips it.
    private long _writeTurns;
    private long _checkpointedTurns;

    /// <summary>
    /// Queues a write to be committed together with the writes queued beside it (group commit, see
    /// <see cref="GroupCommit"/>); the task completes when the write is committed and on disk. The write runs on the
    /// batch's connection and transaction inside its own savepoint: use them for every statement and do no other I/O.
    /// </summary>
    /// <typeparam name="T">What the write returns.</typeparam>
    /// <param name="work">The write.</param>
    /// <param name="cancellationToken">Cancels the write while it waits; a started write runs to its commit.</param>
    public Task<T> WriteAsync<T>(Func<WriteContext, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _groupCommit.WriteAsync(work, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The write runs on the group commit's thread and must finish there, before the batch commits: it is awaited
    /// synchronously. That blocks nothing in practice: Microsoft.Data.Sqlite has no asynchronous I/O, its <c>…Async</c>
    /// methods run synchronously and return completed tasks, so the write's task is complete when the call returns.
    /// Its statements get no cancellation token: once started, a write runs to its commit.
    /// </remarks>
    Task<T> IStoreEngine.WriteAsync<T>(Func<StoreWrite, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WriteAsync(write => work(new StoreWrite(write.Connection, write.Transaction, CancellationToken.None)).GetAwaiter().GetResult(), cancellationToken);
    }

    /// <inheritdoc />
    T IStoreEngine.Write<T>(Func<DbConnection, DbTransaction, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var turn = EnterWrite();
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    /// <inheritdoc />
    async ValueTask<DbConnection> IStoreEngine.OpenReadAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    DbConnection IStoreEngine.OpenRead() => Open();

    /// <inheritdoc />
    UpgradeEngineBuilder IStoreEngine.MigrationTarget() => DeployChanges.To.SqliteDatabase(ConnectionString);

    /// <inheritdoc />
    string IStoreEngine.MigrationFolder => ".Migrations.";

    /// <inheritdoc />
    IDisposable IStoreEngine.BeginMigration()
    {
        EnsureFolder();

        // WAL is a property of the file: set once, it holds for every later connection. This one is closed when the
        // migration ends; nothing else needs holding (DbUp's transaction per script keeps one writer).
        var connection = Open();
        connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL;");
        return connection;
    }

    /// <summary>Waits for this process's turn to write (synchronously); dispose the result when the write is committed.</summary>
    public WriteTurn EnterWrite()
    {
        _writeGate.Wait();
        return new WriteTurn(this);
    }

    /// <summary>Ends a write turn (see <see cref="WriteTurn"/>).</summary>
    internal void ExitWrite()
    {
        Interlocked.Increment(ref _writeTurns);
        _writeGate.Release();
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

    /// <summary>
    /// Copies what the write-ahead log holds into the database file without waiting for readers or writers
    /// (<c>PRAGMA wal_checkpoint(PASSIVE)</c>). Run it off the write path (the service does, every 50 ms by default):
    /// SQLite would otherwise checkpoint inside the commit that crosses <see cref="AutoCheckpointPages"/>, and that
    /// write and every write queued behind it would wait for the copy and its fsync. Does nothing when this process has
    /// not written since the last checkpoint.
    /// </summary>
    public void Checkpoint()
    {
        var turns = Interlocked.Read(ref _writeTurns);
        if (turns == Interlocked.Read(ref _checkpointedTurns))
        {
            return;
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        command.ExecuteNonQuery();
        Interlocked.Exchange(ref _checkpointedTurns, turns);
    }

    /// <inheritdoc />
    public void ProbeWrite(string at)
    {
        using var turn = EnterWrite();
        using var connection = Open();
        connection.Execute(ProbeWriteSql, new { At = at });
    }

    private const string ProbeWriteSql = "INSERT INTO opslagproef (id, tijdstip) VALUES (1, @At) ON CONFLICT (id) DO UPDATE SET tijdstip = excluded.tijdstip;";

    /// <summary>
    /// SQLite's <c>PRAGMA quick_check</c> of the file (every page and b-tree is well formed; indexes are not compared with
    /// their tables, which <c>integrity_check</c> would add at several times the cost): empty when the file is sound,
    /// otherwise the first problems found (at most ten).
    /// </summary>
    public IReadOnlyList<string> QuickCheck()
    {
        try
        {
            using var connection = Open();
            var rows = connection.Query<string>("PRAGMA quick_check(10);").ToArray();
            return rows is ["ok"] ? [] : rows;
        }
        catch (SqliteException e) when (StorageFaults.Classify(e) == StorageFaultKind.Damaged)
        {
            // So damaged that the check itself cannot read it (a broken header or schema page).
            return [e.Message];
        }
    }

    /// <summary>
    /// The log size (pages of 4 KiB) at which a commit checkpoints by itself: a backstop for when <see cref="Checkpoint"/>
    /// does not run (a tool, a test); 16,000 pages is 64 MiB. SQLite's default is 1,000.
    /// </summary>
    public const int AutoCheckpointPages = 16_000;

    // synchronous = FULL: in WAL mode every commit is fsynced before it returns, so an acknowledged write survives
    // a killed process and also a power loss or OS crash (NORMAL would survive only the former). Per connection.
    private static string BusyTimeoutPragma =>
        $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = {AutoCheckpointPages};";
}
