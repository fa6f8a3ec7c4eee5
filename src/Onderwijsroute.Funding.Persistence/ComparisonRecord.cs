using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A stored comparison of runs (Dutch: <em>vergelijking</em>).</summary>
/// <param name="Id">The id.</param>
/// <param name="EngineVersion">The scenario engine version every run was repeated with.</param>
/// <param name="ParameterVersion">The parameter version of the service then.</param>
/// <param name="Runs">The runs compared, the reference first.</param>
/// <param name="RequestJson">The request as received.</param>
/// <param name="ResultJson">The comparison as answered (returned byte for byte).</param>
/// <param name="CreatedAt">When it was made.</param>
public sealed record ComparisonRecord(string Id, string EngineVersion, string ParameterVersion, IReadOnlyList<ComparedRun> Runs, string RequestJson, string ResultJson, Instant CreatedAt);
