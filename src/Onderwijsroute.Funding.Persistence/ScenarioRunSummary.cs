using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A stored run as a list shows it: what it computed and with what, without its input and result.</summary>
/// <param name="Id">The id.</param>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="ScenarioName">The scenario's name when it ran.</param>
/// <param name="EngineVersion">The scenario engine version.</param>
/// <param name="ParameterVersion">The parameter version.</param>
/// <param name="InputHash">The hash of the input.</param>
/// <param name="CreatedAt">When it ran.</param>
public sealed record ScenarioRunSummary(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, Instant CreatedAt);
