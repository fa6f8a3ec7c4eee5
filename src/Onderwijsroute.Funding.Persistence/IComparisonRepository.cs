namespace Onderwijsroute.Funding.Persistence;

/// <summary>Comparisons of runs; a comparison is written once, with a row per compared run, and never changed.</summary>
public interface IComparisonRepository
{
    /// <summary>Stores a comparison and its runs, with the audit entry of the request in the same transaction.</summary>
    /// <param name="record">The comparison; its id must be new.</param>
    /// <param name="audit">The audit entry, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    Task AddComparisonAsync(ComparisonRecord record, AuditRecord? audit, CancellationToken cancellationToken);

    /// <summary>Finds a comparison, or <c>null</c>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ComparisonRecord?> FindComparisonAsync(string id, CancellationToken cancellationToken);

    /// <summary>One page of the comparisons that meet the criteria (a scenario or run among the compared, period), newest first.</summary>
    /// <param name="filter">The criteria.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<(IReadOnlyList<ComparisonSummary> Comparisons, long Total)> ListComparisonsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken);
}
