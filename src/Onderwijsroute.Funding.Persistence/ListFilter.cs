using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Which stored results a list shows; every criterion left <c>null</c> lets everything through.</summary>
/// <param name="ScenarioId">Only those of this scenario (for a comparison: one of whose runs is of it).</param>
/// <param name="Status">Only analyses with this status.</param>
/// <param name="From">Only those made at or after this instant.</param>
/// <param name="Until">Only those made before this instant.</param>
/// <param name="RunId">Only comparisons of this run.</param>
public sealed record ListFilter(string? ScenarioId = null, string? Status = null, Instant? From = null, Instant? Until = null, string? RunId = null)
{
    /// <summary>No criteria: everything.</summary>
    public static ListFilter None { get; } = new();

    /// <summary>The SQL parameters of the criteria (instants as each engine stores them, see <see cref="Engines.InstantHandler"/>), with the page's offset and limit.</summary>
    internal object Parameters(int offset, int limit) => new
    {
        ScenarioId,
        Status,
        From,
        Until,
        RunId,
        Offset = offset,
        Limit = limit,
    };
}
