namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// The forecasts of gemeenten (Dutch: <em>prognoses</em>) with optimistic concurrency: a replace or delete names the
/// version it read and changes nothing when the row has moved on, so of two writers with the same version exactly one
/// wins, whichever service instance each went through.
/// </summary>
public interface IForecastRepository
{
    /// <summary>Stores a new forecast and, in the same transaction, its audit entry.</summary>
    /// <param name="record">The forecast; its id must be new.</param>
    /// <param name="audit">The audit entry of the write, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    Task AddAsync(ForecastRecord record, AuditRecord? audit, CancellationToken cancellationToken);

    /// <summary>Finds a forecast of a gemeente, or <c>null</c>.</summary>
    /// <param name="municipalityCode">The gemeente.</param>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ForecastRecord?> FindAsync(string municipalityCode, string id, CancellationToken cancellationToken);

    /// <summary>Every forecast of a gemeente, last changed first.</summary>
    /// <param name="municipalityCode">The gemeente.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<ForecastRecord>> ListAsync(string municipalityCode, CancellationToken cancellationToken);

    /// <summary>Replaces a forecast if it is still at <paramref name="expectedVersion"/>; its version grows by one.</summary>
    /// <param name="replacement">The new content; its version is ignored.</param>
    /// <param name="expectedVersion">The version the writer read, or <c>null</c> for whatever is current (<c>If-Match: *</c>).</param>
    /// <param name="audit">The audit entry, written only when the replace is.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    /// <returns>The outcome and, when written, the new version.</returns>
    Task<ConditionalWriteResult> ReplaceAsync(ForecastRecord replacement, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken);

    /// <summary>Deletes a forecast if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <param name="municipalityCode">The gemeente.</param>
    /// <param name="id">The id.</param>
    /// <param name="expectedVersion">The version the writer read, or <c>null</c> for whatever is current.</param>
    /// <param name="audit">The audit entry, written only when the delete is.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    Task<ConditionalWriteOutcome> DeleteAsync(string municipalityCode, string id, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken);
}
