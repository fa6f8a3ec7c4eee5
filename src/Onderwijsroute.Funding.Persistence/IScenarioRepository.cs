namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Scenarios as documents that live: made, replaced and deleted with optimistic concurrency, names unique per owner.
/// Runs and analyses keep their own copy (<see cref="IScenarioRunRepository"/>, <see cref="IUncertaintyAnalysisRepository"/>).
/// </summary>
public interface IScenarioRepository
{
    /// <summary>Stores a scenario unless its id exists (the ready scenarios are seeded this way at every start). Returns whether it was new.</summary>
    /// <param name="record">The scenario.</param>
    bool AddScenario(ScenarioRecord record);

    /// <summary>Stores a new scenario, unless its owner already has one of that name.</summary>
    /// <param name="record">The scenario; its id must be new.</param>
    /// <param name="audit">The audit entry to commit with it, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    /// <returns><see cref="ConditionalWriteOutcome.Written"/> or <see cref="ConditionalWriteOutcome.NameTaken"/>.</returns>
    Task<ConditionalWriteOutcome> CreateScenarioAsync(ScenarioRecord record, AuditRecord? audit, CancellationToken cancellationToken);

    /// <summary>Finds a scenario, or <c>null</c>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ScenarioRecord?> FindScenarioAsync(string id, CancellationToken cancellationToken);

    /// <summary>One page of the scenarios that meet the criteria, the ready ones first, then in the order they were made; and how many there are.</summary>
    /// <param name="filter">The criteria.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<(IReadOnlyList<ScenarioRecord> Records, long Total)> ListScenariosAsync(ScenarioFilter filter, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a scenario's document if it is still at <paramref name="expectedVersion"/> and its owner has no other
    /// scenario of the new name; its version grows by one. Id, owner, readiness and creation time stay.
    /// </summary>
    /// <param name="replacement">The new content (name, description, document, hash, parameter version, base, modified time).</param>
    /// <param name="expectedVersion">The version the writer read, or <c>null</c> for whatever version is current (<c>If-Match: *</c>).</param>
    /// <param name="audit">The audit entry to commit with it, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    /// <returns>The outcome and, when written, the new version.</returns>
    Task<ConditionalWriteResult> ReplaceScenarioAsync(ScenarioRecord replacement, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken);

    /// <summary>Deletes a scenario if it is still at <paramref name="expectedVersion"/>; its runs and analyses stay.</summary>
    /// <param name="id">The id.</param>
    /// <param name="expectedVersion">The version the writer read, or <c>null</c> for whatever version is current (<c>If-Match: *</c>).</param>
    /// <param name="audit">The audit entry to commit with it, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    Task<ConditionalWriteOutcome> DeleteScenarioAsync(string id, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken);
}
