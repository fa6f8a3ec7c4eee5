using Microsoft.AspNetCore.Routing.Patterns;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// The detail of a 404 for a path no endpoint has (issue 14, item 8): it says the path is unknown, and when the path is
/// one or two typed letters away from a path of the API (<c>/v1/gemeentes</c>), which one was probably meant.
/// </summary>
internal static class UnknownPath
{
    /// <summary>The most letters a suggestion may differ by: a typo, not another resource.</summary>
    private const int MaxDistance = 2;

    /// <summary>Longer paths get no suggestion (the comparison stays cheap whatever is sent).</summary>
    private const int MaxPathLength = 200;

    /// <summary>The detail for a request whose path matched no endpoint.</summary>
    /// <param name="http">The request.</param>
    public static string Detail(HttpContext http)
    {
        var suggestion = Suggest(http);
        var where = http.Request.IsApi() ? " Alle paden van de API staan in " + ApiInfo.OpenApiPath + "." : string.Empty;
        return suggestion is null
            ? "Dit pad bestaat niet." + where
            : $"Dit pad bestaat niet. Bedoelt u {suggestion}?{where}";
    }

    private static string? Suggest(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        if (path.Length > MaxPathLength || http.RequestServices.GetService<EndpointDataSource>() is not { } endpoints)
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? best = null;
        var bestDistance = MaxDistance + 1;
        foreach (var pattern in endpoints.Endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern).Where(p => p.PathSegments.Count == segments.Length))
        {
            var distance = 0;
            var suggested = new string[segments.Length];
            for (var i = 0; i < segments.Length && distance < bestDistance; i++)
            {
                var literal = Literal(pattern.PathSegments[i]);
                suggested[i] = literal ?? segments[i];
                distance += literal is null ? 0 : Distance(segments[i].ToLowerInvariant(), literal.ToLowerInvariant());
            }

            if (distance > 0 && distance < bestDistance)
            {
                bestDistance = distance;
                best = "/" + string.Join('/', suggested);
            }
        }

        return best;
    }

    /// <summary>The text of a segment that is one literal, or <c>null</c> for a parameter (which matches any value).</summary>
    private static string? Literal(RoutePatternPathSegment segment) =>
        segment.Parts is [RoutePatternLiteralPart literal] ? literal.Content : null;

    /// <summary>The Levenshtein distance: how many letters to insert, delete or replace.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > MaxDistance)
        {
            return MaxDistance + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(replace, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
