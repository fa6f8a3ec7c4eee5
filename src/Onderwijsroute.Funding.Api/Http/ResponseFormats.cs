using Microsoft.Net.Http.Headers;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Chooses the representation of an answer, the same way for every resource (docs/api.md, "Exports"): the query key
/// <c>formaat</c> (json, csv, csv-excel, xlsx) wins over <c>Accept</c> (application/json, text/csv, the xlsx media type);
/// JSON when neither asks. Only resources marked <see cref="Exports"/> have the file formats; a <c>formaat</c> or an
/// <c>Accept</c> a resource cannot answer is 406, everywhere (<see cref="ResponseFormatMiddleware"/>), before any work.
/// </summary>
internal static class ResponseFormats
{
    public const string CsvMediaType = "text/csv";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string QueryName = "formaat";

    /// <summary>Endpoint metadata: this resource is also a CSV (two kinds) and an xlsx download.</summary>
    public sealed class Exports
    {
        private Exports(bool hasJson) => HasJson = hasJson;

        /// <summary>JSON (the default) and the files.</summary>
        public static Exports Instance { get; } = new(hasJson: true);

        /// <summary>Only the files, CSV by default: a download of what JSON gives elsewhere.</summary>
        public static Exports FilesOnly { get; } = new(hasJson: false);

        /// <summary>Whether the resource is also JSON.</summary>
        public bool HasJson { get; }
    }

    /// <summary>The representation a request asks for, or the 406 problem when the resource has none of what it accepts.</summary>
    /// <param name="request">The request (its <c>formaat</c>, its <c>Accept</c>, its endpoint).</param>
    public static (ResponseFormat Format, IResult? Problem) Choose(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var offered = request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Exports>();
        var exports = offered is not null;
        var json = offered?.HasJson ?? true;
        var preferred = json ? ResponseFormat.Json : ResponseFormat.Csv;
        var asked = request.Query[QueryName];
        if (asked.Count > 0)
        {
            return asked.ToString() switch
            {
                "json" when json => (ResponseFormat.Json, null),
                "csv" when exports => (ResponseFormat.Csv, null),
                "csv-excel" when exports => (ResponseFormat.CsvExcel, null),
                "xlsx" when exports => (ResponseFormat.Xlsx, null),
                var other => (preferred, NotAcceptable(offered, $"Het formaat '{other}' is er niet voor deze resource; ")),
            };
        }

        var accepted = request.GetTypedHeaders().Accept;
        if (accepted is null || accepted.Count == 0)
        {
            return (preferred, null);
        }

        foreach (var type in accepted.Where(a => a.Quality != 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MatchesAllTypes || (json && IsJson(type)))
            {
                return (preferred, null);
            }

            if (exports && type.MediaType.Equals(XlsxMediaType, StringComparison.OrdinalIgnoreCase))
            {
                return (ResponseFormat.Xlsx, null);
            }

            if (exports && (type.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("text/*", StringComparison.OrdinalIgnoreCase)))
            {
                return (ResponseFormat.Csv, null);
            }
        }

        return (preferred, NotAcceptable(offered, $"Accept vraagt '{request.Headers.Accept}'; "));
    }

    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
        || type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || (type.Suffix.HasValue && type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static IResult NotAcceptable(Exports? offered, string asked) =>
        DutchProblems.Problem(StatusCodes.Status406NotAcceptable, offered switch
        {
            null => asked + "deze resource is er alleen als application/json (fouten als application/problem+json).",
            { HasJson: true } => asked + "deze resource is er als application/json, text/csv of xlsx-werkmap; of kies met ?formaat=json|csv|csv-excel|xlsx.",
            _ => asked + "deze download is er als text/csv of xlsx-werkmap; kies met ?formaat=csv|csv-excel|xlsx.",
        });
}
