using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A stored deterministic run (Dutch: <em>doorrekening</em>), with its own copy of the scenario it computed.</summary>
/// <param name="Id">The id.</param>
/// <param name="ScenarioId">The scenario (which may since have been replaced or deleted).</param>
/// <param name="ScenarioName">The scenario's name when it ran.</param>
/// <param name="EngineVersion">The scenario engine version.</param>
/// <param name="ParameterVersion">The parameter version.</param>
/// <param name="InputHash">The hash of the input.</param>
/// <param name="InputJson">The scenario document the run used.</param>
/// <param name="ResultJson">The result as answered (national figures, distribution, regions).</param>
/// <param name="MunicipalitiesJson">Every gemeente line of every year (JSON array), for paging and downloads.</param>
/// <param name="CreatedAt">When it ran.</param>
public sealed record ScenarioRunRecord(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, string InputJson, string ResultJson, string MunicipalitiesJson, Instant CreatedAt);
