using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Gives the requests Kestrel refuses before the application sees them — a malformed request line or a NUL in the path
/// (400), a request line over 8 KB (414), headers over 32 KB (431) — the same answer as every other error (issue 11):
/// a Dutch problem+json with <c>type</c>, and the API's security and <c>API-Version</c> headers. Kestrel answers these
/// with an empty body and no way to change it, so a connection middleware replaces that answer on its way out
/// (<see cref="RejectionRewritingWriter"/>): a response head without a body and without <c>API-Version</c>, which only
/// Kestrel writes (every response of the application carries that header and every 4xx of it a problem body).
/// </summary>
internal static class KestrelRejections
{
    private static readonly Dictionary<int, (string Title, string Detail)> Texts = new()
    {
        [400] = ("Ongeldig verzoek", "Het verzoek kon niet worden gelezen: de verzoekregel of een header is ongeldig (bijvoorbeeld een NUL-teken of een ander stuurteken in het pad)."),
        [408] = ("Time-out van het verzoek", "De headers van het verzoek kwamen niet op tijd binnen."),
        [414] = ("URI te lang", "Het pad met de query is langer dan de dienst aanneemt (8 KB)."),
        [431] = ("Headers te groot", "De headers van het verzoek zijn groter dan de dienst aanneemt (32 KB)."),
    };

    /// <summary>Rewrites Kestrel's own error answers on every endpoint.</summary>
    /// <param name="kestrel">The server options.</param>
    public static void UseProblemAnswers(this KestrelServerOptions kestrel)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection =>
        {
            connection.Transport = new RewritingPipe(connection.Transport);
            return next(connection);
        }));
    }

    /// <summary>The full answer that replaces Kestrel's bare one of a status: head and problem body.</summary>
    /// <param name="status">The status Kestrel answered.</param>
    /// <param name="date">Kestrel's <c>Date</c> header value, or <c>null</c>.</param>
    public static byte[] Answer(int status, string? date)
    {
        var (title, detail) = Texts.TryGetValue(status, out var known) ? known : ("Fout in het verzoek", "Het verzoek kon niet worden gelezen.");
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = status switch
            {
                414 => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
                431 => "https://tools.ietf.org/html/rfc6585#section-5",
                408 => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
                _ => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            },
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        });
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)}\r\n")
            .Append("Content-Type: application/problem+json\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n")
            .Append("Connection: close\r\n")
            .Append(date is null ? string.Empty : $"Date: {date}\r\n")
            .Append(CultureInfo.InvariantCulture, $"{ApiInfo.VersionHeader}: {ApiInfo.Version}\r\n")
            .Append("X-Content-Type-Options: nosniff\r\n")
            .Append("X-Frame-Options: DENY\r\n")
            .Append("Referrer-Policy: no-referrer\r\n")
            .Append("Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n")
            .Append("Cache-Control: no-store\r\n")
            .Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    private sealed class RewritingPipe(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input { get; } = inner.Input;

        public PipeWriter Output { get; } = new RejectionRewritingWriter(inner.Output);
    }
}
