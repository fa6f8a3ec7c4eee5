using Microsoft.AspNetCore.Mvc;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Dutch titles and details for problem responses (RFC 9457, ADR /core/error-handling/problem-details): every 4xx
/// and 5xx answer carries <c>status</c>, <c>title</c> and <c>detail</c> in Dutch, and <c>instance</c>.
/// </summary>
internal static class DutchProblems
{
    /// <summary>The title of a 400 with field errors.</summary>
    public const string InvalidInputTitle = "Ongeldige invoer";

    /// <summary>The detail of a 400 with field errors.</summary>
    public const string InvalidInputDetail = "Een of meer velden van het verzoek zijn ongeldig; zie 'errors' voor elk veld.";

    private static readonly Dictionary<int, (string Title, string Detail)> ByStatus = new()
    {
        [400] = (InvalidInputTitle, InvalidInputDetail),
        [401] = ("Niet geauthenticeerd", "Stuur een geldige API-sleutel in de header X-Api-Key; deze sleutel ontbreekt, is onbekend, ingetrokken of verlopen."),
        [403] = ("Geen toegang", "Uw API-sleutel heeft niet de rol die deze resource vereist."),
        [404] = ("Niet gevonden", "De gevraagde resource bestaat niet."),
        [405] = ("Methode niet toegestaan", "Deze resource ondersteunt deze HTTP-methode niet."),
        [406] = ("Niet aanvaardbaar", "De API levert application/json en application/problem+json; prognoses, doorrekeningen, vergelijkingen en onzekerheidsanalyses ook text/csv en xlsx."),
        [412] = ("Voorwaarde niet vervuld", "De ETag in If-Match hoort niet bij de huidige versie van de resource."),
        [409] = ("Conflict", "De wijziging botst met wat er is vastgelegd."),
        [413] = ("Verzoek te groot", "De body van het verzoek is groter dan de API aanneemt."),
        [428] = ("Voorwaarde vereist", "Deze wijziging vereist If-Match met de ETag van de laatst gelezen versie."),
        [415] = ("Mediatype niet ondersteund", "Stuur de body als JSON met Content-Type: application/json."),
        [429] = ("Te veel verzoeken", "U doet meer verzoeken dan de dienst toestaat; probeer het opnieuw na het aantal seconden in Retry-After."),
        [500] = ("Interne fout", "Er ging iets mis bij het verwerken van het verzoek. Probeer het later opnieuw; blijft het misgaan, neem dan contact op."),
        [503] = ("Niet beschikbaar", "De dienst is (nog) niet gereed."),
    };

    // Where ASP.NET Core knows no type for a status (413, 414, 428, 429, 431), the section of the RFC that defines it, so
    // every problem has a type (docs/api.md); RFC 9457 §4.2.1: a type without more meaning than the status is fine.
    private static readonly Dictionary<int, string> Types = new()
    {
        [413] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [414] = "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        [428] = "https://tools.ietf.org/html/rfc6585#section-3",
        [429] = "https://tools.ietf.org/html/rfc6585#section-4",
        [431] = "https://tools.ietf.org/html/rfc6585#section-5",
    };

    /// <summary>Fills in Dutch title and detail when the problem has no detail yet, always the instance, and a type where ASP.NET Core has none.</summary>
    /// <param name="problem">The problem to complete.</param>
    /// <param name="http">The request it answers.</param>
    public static void Complete(ProblemDetails problem, HttpContext http)
    {
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Status = status;
        if (problem.Detail is null)
        {
            var (title, detail) = ByStatus.TryGetValue(status, out var known)
                ? known
                : (status >= 500 ? ByStatus[500].Title : "Fout in het verzoek", "Het verzoek kon niet worden verwerkt.");
            problem.Title = title;
            problem.Detail = status == StatusCodes.Status404NotFound && http.GetEndpoint() is null ? UnknownPath.Detail(http) : detail;
        }

        problem.Instance ??= http.Request.Path.Value;
        problem.Type ??= Types.GetValueOrDefault(status, "about:blank");
        problem.Extensions.Remove("traceId");
        problem.Extensions.Remove("requestId");
        problem.Detail = Bounded(problem.Detail);
        if (problem is HttpValidationProblemDetails validation && validation.Errors.Any(e => IsLong(e.Key) || e.Value.Any(IsLong)))
        {
            var errors = validation.Errors.ToList();
            validation.Errors.Clear();
            foreach (var (field, messages) in errors)
            {
                validation.Errors.TryAdd(Bounded(field)!, messages.Select(m => Bounded(m)!).ToArray());
            }
        }
    }

    /// <summary>The most characters of one text of a problem (its detail, a field name, a message).</summary>
    public const int MaxTextLength = 400;

    private static bool IsLong([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text) => text is { Length: > MaxTextLength };

    /// <summary>
    /// A text of a problem at most <see cref="MaxTextLength"/> characters long: a longer one keeps its start and its end
    /// around an ellipsis, so a value quoted back from a hostile request (an unknown regeling of a megabyte, a field
    /// name, an id in the path) cannot make the answer grow with the request.
    /// </summary>
    private static string? Bounded(string? text)
    {
        if (!IsLong(text))
        {
            return text;
        }

        const int Keep = (MaxTextLength - 1) / 2;
        return string.Concat(text.AsSpan(0, Keep), "…", text.AsSpan(text.Length - Keep));
    }

    /// <summary>The most field errors one 400 reports; the detail counts the rest.</summary>
    public const int MaxReportedErrors = 100;

    /// <summary>
    /// A 400 problem listing the field errors at once, keyed by JSON path: all of them up to
    /// <see cref="MaxReportedErrors"/>, then the first ones and in the detail how many more there are, so that an
    /// answer never grows with a hostile body (issue 11).
    /// </summary>
    /// <param name="errors">The errors per field, in the order found.</param>
    /// <param name="detail">The detail, or <c>null</c> for the general one.</param>
    public static IResult InvalidInput(IDictionary<string, string[]> errors, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var total = errors.Sum(e => e.Value.Length);
        if (total <= MaxReportedErrors)
        {
            return TypedResults.ValidationProblem(errors, detail ?? InvalidInputDetail, title: InvalidInputTitle);
        }

        var shown = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var room = MaxReportedErrors;
        foreach (var (field, messages) in errors)
        {
            if (room == 0)
            {
                break;
            }

            shown[field] = messages.Length <= room ? messages : messages[..room];
            room -= shown[field].Length;
        }

        var rest = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'errors' toont de eerste {MaxReportedErrors} fouten, en {total - MaxReportedErrors} andere fouten.");
        return TypedResults.ValidationProblem(shown, $"{detail ?? InvalidInputDetail} {rest}", title: InvalidInputTitle);
    }

    /// <summary>A 400 problem for one field.</summary>
    /// <param name="field">The JSON path of the field.</param>
    /// <param name="message">What is wrong, in Dutch.</param>
    public static IResult InvalidInput(string field, string message) =>
        InvalidInput(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A 404 problem for a resource that does not exist.</summary>
    /// <param name="detail">What was not found, in Dutch.</param>
    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: ByStatus[404].Title);

    /// <summary>A problem with a status and a detail; the title is the Dutch one of the status.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="detail">The detail, in Dutch.</param>
    public static IResult Problem(int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: ByStatus.TryGetValue(status, out var known) ? known.Title : "Fout");

    /// <summary>The Dutch title of a status.</summary>
    /// <param name="status">The status code.</param>
    public static string TitleOf(int status) => ByStatus.TryGetValue(status, out var known) ? known.Title : "Fout";
}
