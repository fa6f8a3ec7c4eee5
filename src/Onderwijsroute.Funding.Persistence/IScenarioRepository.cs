using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Scenarios, their runs and their uncertainty analyses; scenarios and runs are written once.</summary>
public interface IScenarioRepository
{
    /// <summary>Stores a scenario; an existing id is left as it is (ready scenarios are seeded idempotently). Returns whether it was new.</summary>
    /// <param name="record">The scenario.</param>
    bool AddScenario(ScenarioRecord record);

    /// <summary>Finds a scenario, or <c>null</c>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ScenarioRecord?> FindScenarioAsync(string id, CancellationToken cancellationToken);

    /// <summary>One page of scenarios, the ready ones first, and how many there are.</summary>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<(IReadOnlyList<ScenarioRecord> Records, long Total)> ListScenariosAsync(int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Stores a run.</summary>
    /// <param name="record">The run.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    Task AddRunAsync(ScenarioRunRecord record, CancellationToken cancellationToken);

    /// <summary>Finds a run, or <c>null</c>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ScenarioRunRecord?> FindRunAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new analysis as waiting, unless its key or the service already has the most analyses waiting or running;
    /// the count and the insert are one serialised step, so parallel requests (through any instance) cannot overshoot.
    /// </summary>
    /// <param name="record">The analysis (status waiting).</param>
    /// <param name="maxPerKey">The most analyses one key may have waiting or running.</param>
    /// <param name="maxTotal">The most analyses the service takes waiting or running.</param>
    SimulationAdmission AdmitSimulation(SimulationRecord record, int maxPerKey, int maxTotal);

    /// <summary>The analyses that are waiting or running according to the store, oldest first.</summary>
    IReadOnlyList<SimulationRecord> UnfinishedSimulations();

    /// <summary>Updates the state of an analysis.</summary>
    /// <param name="id">The id.</param>
    /// <param name="status">The status.</param>
    /// <param name="drawsDone">Draws done.</param>
    /// <param name="resultJson">The result, when done.</param>
    /// <param name="finishedAt">When it ended, if it did.</param>
    /// <param name="reason">Why it failed, or <c>null</c>.</param>
    void UpdateSimulation(string id, string status, int drawsDone, string? resultJson, Instant? finishedAt, string? reason = null);

    /// <summary>Finds an analysis, or <c>null</c>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<SimulationRecord?> FindSimulationAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Takes one analysis for <paramref name="owner"/> until <paramref name="leaseUntil"/> if nobody holds it: it is
    /// waiting or running and has no lease or one that ran out before <paramref name="now"/> (or <paramref name="owner"/>
    /// holds it already). Returns whether it is now the owner's.
    /// </summary>
    /// <param name="id">The analysis.</param>
    /// <param name="owner">The service instance.</param>
    /// <param name="now">Now; leases that ran out before it are free.</param>
    /// <param name="leaseUntil">Until when the owner holds it unless it renews.</param>
    bool ClaimSimulation(string id, string owner, Instant now, Instant leaseUntil);

    /// <summary>
    /// Takes the oldest waiting or running analysis nobody holds (no lease, or one that ran out before <paramref name="now"/>;
    /// never one <paramref name="owner"/> holds already) for <paramref name="owner"/>; <c>null</c> when there is none. On PostgreSQL the pick skips rows another instance is
    /// claiming at the same moment (<c>FOR UPDATE SKIP LOCKED</c>), so two instances never take the same analysis.
    /// </summary>
    /// <param name="owner">The service instance.</param>
    /// <param name="now">Now.</param>
    /// <param name="leaseUntil">Until when the owner holds it unless it renews.</param>
    SimulationRecord? ClaimNextSimulation(string owner, Instant now, Instant leaseUntil);

    /// <summary>
    /// Extends the owner's lease of an analysis that is still waiting or running; <c>false</c> when the owner lost it
    /// (another instance took it over after the lease ran out, or it was cancelled or ended elsewhere).
    /// </summary>
    /// <param name="id">The analysis.</param>
    /// <param name="owner">The service instance.</param>
    /// <param name="leaseUntil">The new end of the lease.</param>
    bool RenewSimulationLease(string id, string owner, Instant leaseUntil);
}
