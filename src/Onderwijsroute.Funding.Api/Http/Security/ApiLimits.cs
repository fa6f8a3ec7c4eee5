namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// The configurable limits (section <c>Limieten</c>, e.g. env <c>Limieten__AnoniemPerMinuut</c>); docs/api.md lists
/// them with their defaults. Kestrel's own limits (headers, body rate) stay configurable under <c>Kestrel:Limits</c>.
/// </summary>
internal sealed class ApiLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Limieten";

    /// <summary>Requests per minute of one anonymous address (token bucket, refilled every second).</summary>
    public int AnoniemPerMinuut { get; set; } = 600;

    /// <summary>Requests per minute of one API key (token bucket, refilled every second).</summary>
    public int SleutelPerMinuut { get; set; } = 6000;

    /// <summary>How many heavy runs (deterministic scenario runs, comparisons, analysis starts, forecasts) run at once.</summary>
    public int GelijktijdigeZwareBerekeningen { get; set; } = 4;

    /// <summary>How many heavy runs may wait for a free slot before the next one is refused with 429.</summary>
    public int WachtrijZwareBerekeningen { get; set; } = 32;

    /// <summary>How long one request may take before it is cancelled with 503 (seconds).</summary>
    public int VerzoekTimeoutSeconden { get; set; } = 30;
}
