namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// How many uncertainty analyses run and wait (section <c>UncertaintyAnalysis</c>, e.g. env
/// <c>UncertaintyAnalysis__MaxQueuedPerKey</c>); docs/operations.md lists them with their defaults.
/// </summary>
internal sealed class UncertaintyAnalysisLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "UncertaintyAnalysis";

    /// <summary>Analyses running at once; the others wait.</summary>
    public int MaxConcurrent { get; set; } = 1;

    /// <summary>Threads one analysis uses (default half the processors), so analyses never starve the requests.</summary>
    public int ThreadsPerAnalysis { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Analyses waiting or running for the whole service; a new one past it is refused with 503 and <c>Retry-After</c>.</summary>
    public int MaxQueued { get; set; } = 16;

    /// <summary>Analyses waiting or running for one key; a new one past it is refused with 429 and <c>Retry-After</c>.</summary>
    public int MaxQueuedPerKey { get; set; } = 4;

    /// <summary>
    /// How long an instance holds an analysis without renewing (seconds): an analysis whose instance died is taken over by
    /// another instance this long after its last renewal at the latest. Renewed every third of it.
    /// </summary>
    public double LeaseSeconds { get; set; } = 30;

    /// <summary>How often an instance with room looks in the store for analyses nobody holds (seconds).</summary>
    public double ClaimIntervalSeconds { get; set; } = 2;
}
