namespace Onderwijsroute.Funding.Persistence;

/// <summary>Deterministic runs of scenarios; a run is written once, with its own copy of the scenario, and never changed.</summary>
public interface IScenarioRunRepository
{
    /// <summary>Stores a run, with the audit entry of the request in the same transaction.</summary>
    /// <param name="record">The run; its id must be new.</param>
    /// <param name="audit">The audit entry, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    Task AddRunAsync(ScenarioRunRecord record, AuditRecord? audit, CancellationToken cancellationToken);

    /// <summary>Finds a run, or <c>null</c>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ScenarioRunRecord?> FindRunAsync(string id, CancellationToken cancellationToken);

    /// <summary>One page of the runs that meet the criteria (scenario, period), newest first; and how many there are.</summary>
    /// <param name="filter">The criteria.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<(IReadOnlyList<ScenarioRunSummary> Runs, long Total)> ListRunsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken);
}
