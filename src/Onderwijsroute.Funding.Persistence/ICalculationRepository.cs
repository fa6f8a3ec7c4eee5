namespace Onderwijsroute.Funding.Persistence;

/// <summary>The stored calculations (Dutch: <em>berekeningen</em>): written once, never changed.</summary>
public interface ICalculationRepository
{
    /// <summary>Stores a new record and, in the same transaction, its audit entry.</summary>
    /// <param name="record">The record; its id must be new.</param>
    /// <param name="audit">Who asked for the write and how it is answered, or <c>null</c> for a write nobody audits.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    Task AddAsync(CalculationRecord record, AuditRecord? audit, CancellationToken cancellationToken);

    /// <summary>Finds a record by kind and id.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <c>null</c>.</returns>
    Task<CalculationRecord?> FindAsync(string kind, string id, CancellationToken cancellationToken);

    /// <summary>One page of the records of a kind, newest first, and the total number of records of the kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="offset">How many records to skip.</param>
    /// <param name="limit">How many records at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<(IReadOnlyList<CalculationSummary> Records, long Total)> ListAsync(string kind, int offset, int limit, CancellationToken cancellationToken);
}
