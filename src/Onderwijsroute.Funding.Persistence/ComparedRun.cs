namespace Onderwijsroute.Funding.Persistence;

/// <summary>One run of a stored comparison.</summary>
/// <param name="RunId">The run.</param>
/// <param name="ScenarioId">Its scenario.</param>
/// <param name="ScenarioName">Its scenario's name when it ran.</param>
public sealed record ComparedRun(string RunId, string ScenarioId, string ScenarioName);
