using Microsoft.Data.Sqlite;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>What a queued write works with: the open connection and the batch's transaction.</summary>
public sealed class WriteContext
{
    internal WriteContext(SqliteConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>The connection; run every statement with <see cref="Transaction"/>.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The transaction of the batch this write belongs to.</summary>
    public SqliteTransaction Transaction { get; }
}
