using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A stored Monte Carlo analysis (Dutch: <em>onzekerheidsanalyse</em>), its own copy of the scenario, and its state.</summary>
/// <param name="Id">The id.</param>
/// <param name="ScenarioId">The scenario (which may since have been replaced or deleted).</param>
/// <param name="ScenarioName">The scenario's name when the analysis was asked for.</param>
/// <param name="EngineVersion">The scenario engine version.</param>
/// <param name="ParameterVersion">The parameter version.</param>
/// <param name="InputHash">The hash of the scenario input.</param>
/// <param name="InputJson">The scenario document it analyses (empty in a list, which does not read it).</param>
/// <param name="SettingsJson">Draws, seed and variation as requested.</param>
/// <param name="Status">wachtend, bezig, gereed, geannuleerd, mislukt (or afgebroken, before analyses were resumed after a restart).</param>
/// <param name="Draws">Draws asked.</param>
/// <param name="DrawsDone">Draws done so far.</param>
/// <param name="ResultJson">The result when done (always <c>null</c> in a list, which does not read it).</param>
/// <param name="CreatedAt">When it was asked.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="KeyId">The id of the key that asked for it (its waiting and running analyses are bounded), or <c>null</c>.</param>
/// <param name="Reason">Why it failed (Dutch), or <c>null</c>.</param>
public sealed record SimulationRecord(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, string InputJson, string SettingsJson, string Status, int Draws, int DrawsDone, string? ResultJson, Instant CreatedAt, Instant? FinishedAt, string? KeyId = null, string? Reason = null);
