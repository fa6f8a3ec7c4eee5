using System.Globalization;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Optimistic concurrency of the documents a client keeps (stored forecasts, scenarios; docs/api.md): the version is
/// the <c>ETag</c> (<c>"3"</c>); a replace or delete names the version it read in <c>If-Match</c>: without it 428, with
/// another version 412. <c>*</c> matches whatever version is current when the write runs (RFC 9110 §13.1.1).
/// </summary>
internal static class IfMatch
{
    /// <summary>Endpoint metadata: this resource has a version; its answers carry the ETag and its writes need If-Match.</summary>
    public sealed class Versioned
    {
        /// <summary>The one instance.</summary>
        public static readonly Versioned Instance = new();
    }

    /// <summary>The ETag of a version.</summary>
    /// <param name="version">The version.</param>
    public static string ETagOf(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>The version <c>If-Match</c> names (<c>null</c> for <c>*</c>: no version check), or the 428 or 412 problem.</summary>
    /// <param name="http">The request.</param>
    /// <param name="current">The version as read now.</param>
    /// <param name="resource">What is written, with its article ("de prognose", "het scenario").</param>
    public static (long? Expected, IResult? Problem) Check(HttpContext http, long current, string resource)
    {
        ArgumentNullException.ThrowIfNull(http);
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return (0, DutchProblems.Problem(StatusCodes.Status428PreconditionRequired, $"Stuur If-Match met de ETag van {resource} zoals u die het laatst las, zodat u geen wijziging van een ander overschrijft."));
        }

        if (ifMatch.Trim() == "*")
        {
            return (null, null);
        }

        foreach (var tag in ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (tag == ETagOf(current))
            {
                return (current, null);
            }
        }

        return (0, Stale(resource));
    }

    /// <summary>The 412 of a write whose version moved on.</summary>
    /// <param name="resource">What is written, with its article.</param>
    public static IResult Stale(string resource) =>
        DutchProblems.Problem(StatusCodes.Status412PreconditionFailed, $"{char.ToUpperInvariant(resource[0])}{resource[1..]} is gewijzigd sinds u die las (de ETag in If-Match is verouderd); lees opnieuw en pas uw wijziging daarop toe.");
}
