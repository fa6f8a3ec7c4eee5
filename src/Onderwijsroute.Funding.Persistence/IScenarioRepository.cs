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
}
