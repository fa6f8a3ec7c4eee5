using System.Data.Common;
using Dapper;
using DbUp;
using DbUp.Builder;
using Npgsql;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>
/// A PostgreSQL database several service instances share (docs/operations.md). Hands out pooled connections from one
/// <see cref="NpgsqlDataSource"/>; every write is one transaction of its own. What group commit does for the SQLite
/// file the server does by itself: concurrent commits share one flush of its write-ahead log, and a commit returns only
/// once it is flushed (<c>synchronous_commit = on</c>, the server's default, which the service does not change).
/// </summary>
public sealed class PostgresDatabase : IDatabase, IStoreEngine, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates the database handle from an Npgsql connection string; nothing is opened yet.</summary>
    /// <param name="connectionString">Host, port, database, user (and password) of the server.</param>
    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        ConnectionString = builder.ConnectionString;
        Location = $"{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The connection string as given.</summary>
    public string ConnectionString { get; }

    /// <inheritdoc />
    public string Engine => "postgresql";

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>Opens a pooled connection for one unit of work.</summary>
    public NpgsqlConnection Open() => _dataSource.OpenConnection();

    /// <summary>Opens a pooled connection asynchronously for one unit of work.</summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Runs a write in a transaction of its own and commits it; a write that throws is rolled back.</summary>
    /// <typeparam name="T">What the write returns.</typeparam>
    /// <param name="work">The write; run every statement with the transaction.</param>
    /// <param name="cancellationToken">Cancels the write before its commit.</param>
    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    /// <summary>Runs a write synchronously in a transaction of its own and commits it.</summary>
    /// <typeparam name="T">What the write returns.</typeparam>
    /// <param name="work">The write; run every statement with the transaction.</param>
    public T Write<T>(Func<NpgsqlConnection, NpgsqlTransaction, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Migrate() => DatabaseMigrator.Migrate(this);

    /// <inheritdoc />
    public bool IsUpToDate() => DatabaseMigrator.IsUpToDate(this);

    /// <inheritdoc />
    SqlDialect IStoreEngine.Dialect => SqlDialect.Postgres;

    /// <inheritdoc />
    Task<T> IStoreEngine.WriteAsync<T>(Func<StoreWrite, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WriteAsync((connection, transaction, ct) => work(new StoreWrite(connection, transaction, ct)), cancellationToken);
    }

    /// <inheritdoc />
    T IStoreEngine.Write<T>(Func<DbConnection, DbTransaction, T> work) => Write<T>(work);

    /// <inheritdoc />
    async ValueTask<DbConnection> IStoreEngine.OpenReadAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    DbConnection IStoreEngine.OpenRead() => Open();

    /// <inheritdoc />
    UpgradeEngineBuilder IStoreEngine.MigrationTarget() => DeployChanges.To.PostgresqlDatabase(ConnectionString);

    /// <inheritdoc />
    string IStoreEngine.MigrationFolder => ".Migrations.PostgreSql.";

    /// <inheritdoc />
    /// <remarks>
    /// Several instances starting at once take turns on a session advisory lock, so exactly one applies the scripts and
    /// the others find them applied. The lock is held by this connection until it is released or closed.
    /// </remarks>
    IDisposable IStoreEngine.BeginMigration() => new MigrationLock(Open());

    /// <inheritdoc />
    public void ProbeWrite(string at)
    {
        using var connection = Open();
        connection.Execute(ProbeWriteSql, new { At = at });
    }

    private const string ProbeWriteSql = "INSERT INTO opslagproef (id, tijdstip) VALUES (1, @At) ON CONFLICT (id) DO UPDATE SET tijdstip = excluded.tijdstip;";

    /// <summary>Closes the pooled connections.</summary>
    public void Dispose() => _dataSource.Dispose();
}
