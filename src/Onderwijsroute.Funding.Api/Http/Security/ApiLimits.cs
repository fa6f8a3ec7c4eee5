namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// The configurable limits (section <c>Limits</c>, e.g. env <c>Limits__AnonymousPerMinute</c>); docs/operations.md lists
/// them with their defaults. Kestrel's own limits (headers, body rate) stay configurable under <c>Kestrel:Limits</c>.
/// </summary>
internal sealed class ApiLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Limits";

    /// <summary>Requests per minute of one anonymous address (token bucket, refilled every second).</summary>
    public int AnonymousPerMinute { get; set; } = 600;

    /// <summary>Requests per minute of one API key (token bucket, refilled every second).</summary>
    public int KeyPerMinute { get; set; } = 6000;

    /// <summary>
    /// Requests with a key that is not valid per minute of one address (token bucket): past it a 429, without looking
    /// the key up, so guessing keys costs the guesser time and the database nothing.
    /// </summary>
    public int FailedKeyAttemptsPerMinute { get; set; } = 30;

    /// <summary>How many heavy runs (deterministic scenario runs, comparisons, analysis starts, forecasts) run at once.</summary>
    public int ConcurrentHeavyCalculations { get; set; } = 4;

    /// <summary>How many heavy runs may wait for a free slot before the next one is refused with 429.</summary>
    public int HeavyCalculationQueue { get; set; } = 32;

    /// <summary>How long one request may take before it is cancelled with 503 (seconds).</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;
}
