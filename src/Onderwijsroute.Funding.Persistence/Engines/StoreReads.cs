using Dapper;

namespace Onderwijsroute.Funding.Persistence.Engines;

/// <summary>The reads every repository makes, on a connection of their own.</summary>
internal static class StoreReads
{
    /// <summary>The one row a query finds, or <c>null</c>.</summary>
    /// <typeparam name="TRow">The row type (Dapper maps columns by name).</typeparam>
    /// <param name="store">The engine.</param>
    /// <param name="sql">The query.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<TRow?> FindAsync<TRow>(this IStoreEngine store, string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<TRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Every row a query finds.</summary>
    /// <typeparam name="TRow">The row type.</typeparam>
    /// <param name="store">The engine.</param>
    /// <param name="sql">The query.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<IReadOnlyList<TRow>> ListAsync<TRow>(this IStoreEngine store, string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<TRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    /// <summary>
    /// One page of a list and how many rows the whole list has (the count first, then the page, on one connection).
    /// </summary>
    /// <typeparam name="TRow">The row type.</typeparam>
    /// <param name="store">The engine.</param>
    /// <param name="countSql">The count of the list.</param>
    /// <param name="pageSql">The page.</param>
    /// <param name="parameters">The parameters of both.</param>
    /// <param name="snapshot">Whether both must read one snapshot (a transaction of <see cref="SqlDialect.SnapshotReads"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<(IReadOnlyList<TRow> Rows, long Total)> PageAsync<TRow>(this IStoreEngine store, string countSql, string pageSql, object parameters, bool snapshot, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = snapshot ? await connection.BeginTransactionAsync(store.Dialect.SnapshotReads, cancellationToken).ConfigureAwait(false) : null;
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<TRow>(new CommandDefinition(pageSql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return (rows, total);
    }
}
