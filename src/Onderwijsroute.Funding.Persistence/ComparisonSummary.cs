using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A stored comparison as a list shows it, without its request and result.</summary>
/// <param name="Id">The id.</param>
/// <param name="EngineVersion">The scenario engine version.</param>
/// <param name="ParameterVersion">The parameter version.</param>
/// <param name="Runs">The runs compared, the reference first.</param>
/// <param name="CreatedAt">When it was made.</param>
public sealed record ComparisonSummary(string Id, string EngineVersion, string ParameterVersion, IReadOnlyList<ComparedRun> Runs, Instant CreatedAt);
