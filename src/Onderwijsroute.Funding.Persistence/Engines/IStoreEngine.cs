using System.Data.Common;
using DbUp.Builder;

namespace Onderwijsroute.Funding.Persistence.Engines;

/// <summary>
/// The database engine as the repositories see it: connections to read, and the two ways to write. Implemented by
/// <see cref="SqliteDatabase"/> and <see cref="PostgreSql.PostgresDatabase"/>, so every repository is written once over it.
/// </summary>
internal interface IStoreEngine
{
    /// <summary>The SQL fragments of this engine.</summary>
    SqlDialect Dialect { get; }

    /// <summary>Opens a connection for one read; dispose it when done.</summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    ValueTask<DbConnection> OpenReadAsync(CancellationToken cancellationToken);

    /// <summary>Opens a connection for one synchronous read; dispose it when done.</summary>
    DbConnection OpenRead();

    /// <summary>
    /// A write a request waits for: it runs in a transaction with its audit entry and the task completes once that is
    /// committed and durable. SQLite queues it into the group commit (<see cref="GroupCommit"/>) and runs it on the
    /// writer's thread inside its own savepoint; PostgreSQL runs it in a transaction of its own. A write that returns
    /// normally is committed; one that throws is rolled back and fails alone.
    /// </summary>
    /// <typeparam name="T">What the write returns.</typeparam>
    /// <param name="work">The write; every statement through <see cref="StoreWrite"/>.</param>
    /// <param name="cancellationToken">Cancels the write while it waits; a started write runs to its commit.</param>
    Task<T> WriteAsync<T>(Func<StoreWrite, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// A synchronous write of the service itself (seeding, the analysis queue's state and leases), in a transaction of
    /// its own, committed when the work returns; on SQLite it waits for this process's write turn first.
    /// </summary>
    /// <typeparam name="T">What the write returns.</typeparam>
    /// <param name="work">The write; run every statement with the transaction.</param>
    T Write<T>(Func<DbConnection, DbTransaction, T> work);

    /// <summary>Where DbUp applies this engine's migrations.</summary>
    UpgradeEngineBuilder MigrationTarget();

    /// <summary>The folder of this engine's scripts among the embedded resources, e.g. <c>.Migrations.</c>.</summary>
    string MigrationFolder { get; }

    /// <summary>Prepares a migration and holds what it needs until disposed (SQLite: the file in WAL mode; PostgreSQL: the migration lock).</summary>
    IDisposable BeginMigration();
}
