using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Uncertainty analyses and their state. The waiting and running ones are the queue of the service (bounded per key and
/// in total, held under a lease by one instance, resumed after a restart), so an analysis keeps its own copy of the scenario.
/// </summary>
public interface IUncertaintyAnalysisRepository
{
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

    /// <summary>
    /// One page of the analyses that meet the criteria (scenario, stored status, period), newest first; without their
    /// scenario and result (<see cref="SimulationRecord.InputJson"/> empty, <see cref="SimulationRecord.ResultJson"/> <c>null</c>).
    /// </summary>
    /// <param name="filter">The criteria.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<(IReadOnlyList<SimulationRecord> Analyses, long Total)> ListSimulationsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken);
}
