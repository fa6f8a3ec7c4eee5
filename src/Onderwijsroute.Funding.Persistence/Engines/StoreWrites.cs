using System.Runtime.CompilerServices;

namespace Onderwijsroute.Funding.Persistence.Engines;

/// <summary>The writes several repositories make alike.</summary>
internal static class StoreWrites
{
    /// <summary>Inserts one row (or one per element of a sequence) with its audit entry, as one write.</summary>
    /// <param name="store">The engine.</param>
    /// <param name="sql">The insert.</param>
    /// <param name="row">Its parameters.</param>
    /// <param name="audit">The audit entry of the write, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    /// <param name="rowName">The caller's name for the row, for the error when it is <c>null</c>.</param>
    public static Task InsertAsync(this IStoreEngine store, string sql, object row, AuditRecord? audit, CancellationToken cancellationToken, [CallerArgumentExpression(nameof(row))] string? rowName = null)
    {
        ArgumentNullException.ThrowIfNull(row, rowName);
        return store.WriteAsync(
            async write =>
            {
                await write.ExecuteAsync(sql, row).ConfigureAwait(false);
                await write.AuditAsync(audit).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }
}
