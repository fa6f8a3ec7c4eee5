namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>The states of an uncertainty analysis, as the API writes them.</summary>
internal static class UncertaintyAnalysisStatus
{
    public const string Waiting = "wachtend";
    public const string Running = "bezig";
    public const string Done = "gereed";
    public const string Cancelled = "geannuleerd";
    public const string Failed = "mislukt";

    /// <summary>An analysis the service stopped before it ended; since analyses are resumed after a restart, only older records have it.</summary>
    public const string Interrupted = "afgebroken";

    public static bool IsFinal(string status) => status is Done or Cancelled or Failed or Interrupted;
}
