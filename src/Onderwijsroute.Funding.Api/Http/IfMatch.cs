using System.Globalization;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Optimistic concurrency of a versioned resource (docs/api.md): its ETag is the version in quotes (<c>"3"</c>), and a
/// replace or delete must name it in <c>If-Match</c>. Each refusal says what to send (issue 14, item 8): without the
/// header 428; a header that is not a list of quoted ETags (<c>If-Match: 3</c>) 400 naming the header; a tag of another
/// version 412 with the current one. <c>*</c> matches whatever version is current when the write runs (RFC 9110
/// §13.1.1), so it yields no version to check.
/// </summary>
internal static class IfMatch
{
    /// <summary>Endpoint metadata: this resource has a version; its answers carry the ETag and its writes need If-Match.</summary>
    public sealed class Versioned
    {
        /// <summary>The one instance.</summary>
        public static readonly Versioned Instance = new();
    }

    /// <summary>The name of the header, also the key of its 400.</summary>
    public const string Header = "If-Match";

    /// <summary>The ETag of a version: the number in quotes.</summary>
    /// <param name="version">The version.</param>
    public static string ETagOf(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>The version the request's <c>If-Match</c> names, or the problem that answers it.</summary>
    /// <param name="http">The request.</param>
    /// <param name="current">The version stored now.</param>
    /// <param name="what">The resource, for the messages: "de prognose".</param>
    /// <returns>The version to write against (<c>null</c> for <c>*</c>: any), or a problem.</returns>
    public static (long? Expected, IResult? Problem) Check(HttpContext http, long current, string what)
    {
        ArgumentNullException.ThrowIfNull(http);
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return (0, DutchProblems.Problem(
                StatusCodes.Status428PreconditionRequired,
                $"Stuur If-Match met de ETag van {what} zoals u die het laatst las (GET geeft die in de header ETag, tussen aanhalingstekens, zoals If-Match: \"1\"), zodat u geen wijziging van een ander overschrijft; of If-Match: * voor elke versie."));
        }

        if (header.Trim() == "*")
        {
            return (null, null);
        }

        var tags = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (tags.FirstOrDefault(t => !IsEntityTag(t)) is { } malformed)
        {
            return (0, DutchProblems.InvalidInput(Header, $"'{Shorten(malformed)}' is geen ETag: een ETag staat tussen aanhalingstekens, zoals \"{current}\" (If-Match: \"{current}\"), precies zoals GET die in de header ETag gaf."));
        }

        if (tags.Contains(ETagOf(current), StringComparer.Ordinal))
        {
            return (current, null);
        }

        // A weak tag (W/"3") never matches: If-Match compares strongly (RFC 9110 §13.1.1).
        return (0, DutchProblems.Problem(
            StatusCodes.Status412PreconditionFailed,
            $"{Capitalized(what)} is gewijzigd sinds u die las: If-Match noemt {Shorten(string.Join(", ", tags))}, de huidige versie heeft ETag {ETagOf(current)}. Lees {what} opnieuw, pas uw wijziging daarop toe en stuur If-Match: {ETagOf(current)}."));
    }

    /// <summary>The 412 of a write that lost the race: the version changed between the check and the write.</summary>
    /// <param name="what">The resource, for the message: "de prognose".</param>
    public static IResult Lost(string what) => DutchProblems.Problem(
        StatusCodes.Status412PreconditionFailed,
        $"{Capitalized(what)} is zojuist door een ander gewijzigd (de ETag in If-Match is verouderd). Lees {what} opnieuw: GET geeft de nieuwe ETag, die u in If-Match terugstuurt.");

    /// <summary>Whether the text is an entity tag: <c>"…"</c> or <c>W/"…"</c> without quotes inside (RFC 9110 §8.8.3).</summary>
    private static bool IsEntityTag(string text)
    {
        var opaque = text.StartsWith("W/", StringComparison.Ordinal) ? text[2..] : text;
        return opaque.Length >= 2 && opaque[0] == '"' && opaque[^1] == '"' && opaque.IndexOf('"', 1) == opaque.Length - 1;
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>At most 40 characters of what the caller sent, so a problem never grows with a long header.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
