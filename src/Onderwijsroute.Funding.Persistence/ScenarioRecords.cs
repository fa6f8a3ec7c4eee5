using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A stored scenario (Dutch: <em>scenario</em>): its input exactly as given.</summary>
/// <param name="Id">The id (a GUID string, or the ready scenario's name).</param>
/// <param name="Name">The scenario's name.</param>
/// <param name="Description">Its Dutch description.</param>
/// <param name="InputJson">The scenario as given (JSON).</param>
/// <param name="InputHash">The hash of the checked input.</param>
/// <param name="ParameterVersion">The parameter version with its overrides.</param>
/// <param name="IsReady">Whether it is one of the ready scenarios shipped with the service.</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record ScenarioRecord(string Id, string Name, string Description, string InputJson, string InputHash, string ParameterVersion, bool IsReady, Instant CreatedAt);

/// <summary>A stored deterministic run (Dutch: <em>doorrekening</em>).</summary>
/// <param name="Id">The id.</param>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="EngineVersion">The scenario engine version.</param>
/// <param name="ParameterVersion">The parameter version.</param>
/// <param name="InputHash">The hash of the input.</param>
/// <param name="InputJson">The input the run used.</param>
/// <param name="ResultJson">The result as answered (national figures, distribution, regions).</param>
/// <param name="MunicipalitiesJson">Every gemeente line of every year (JSON array), for paging and downloads.</param>
/// <param name="CreatedAt">When it ran.</param>
public sealed record ScenarioRunRecord(string Id, string ScenarioId, string EngineVersion, string ParameterVersion, string InputHash, string InputJson, string ResultJson, string MunicipalitiesJson, Instant CreatedAt);

/// <summary>A stored Monte Carlo analysis (Dutch: <em>onzekerheidsanalyse</em>) and its state.</summary>
/// <param name="Id">The id.</param>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="EngineVersion">The scenario engine version.</param>
/// <param name="ParameterVersion">The parameter version.</param>
/// <param name="InputHash">The hash of the scenario input.</param>
/// <param name="SettingsJson">Draws, seed and variation as requested.</param>
/// <param name="Status">wachtend, bezig, gereed, geannuleerd, mislukt (or afgebroken, before analyses were resumed after a restart).</param>
/// <param name="Draws">Draws asked.</param>
/// <param name="DrawsDone">Draws done so far.</param>
/// <param name="ResultJson">The result when done.</param>
/// <param name="CreatedAt">When it was asked.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="KeyId">The id of the key that asked for it (its waiting and running analyses are bounded), or <c>null</c>.</param>
/// <param name="Reason">Why it failed (Dutch), or <c>null</c>.</param>
public sealed record SimulationRecord(string Id, string ScenarioId, string EngineVersion, string ParameterVersion, string InputHash, string SettingsJson, string Status, int Draws, int DrawsDone, string? ResultJson, Instant CreatedAt, Instant? FinishedAt, string? KeyId = null, string? Reason = null);
