using System.Text;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>Turns .NET property paths and System.Text.Json paths into the JSON paths the <c>errors</c> map uses.</summary>
internal static class JsonPaths
{
    /// <summary>The key for an error about the body as a whole.</summary>
    public const string Body = "body";

    /// <summary><c>Aantallen[1].GemeenteCode</c> becomes <c>aantallen[1].gemeenteCode</c>.</summary>
    /// <param name="propertyPath">A FluentValidation property path.</param>
    public static string FromPropertyPath(string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return Body;
        }

        var text = new StringBuilder(propertyPath.Length);
        var atSegmentStart = true;
        foreach (var c in propertyPath)
        {
            text.Append(atSegmentStart ? char.ToLowerInvariant(c) : c);
            atSegmentStart = c == '.';
        }

        return text.ToString();
    }

    /// <summary><c>$.aantallen[1].aantal</c> becomes <c>aantallen[1].aantal</c>; <c>$</c> becomes <see cref="Body"/>.</summary>
    /// <param name="jsonPath">A System.Text.Json exception path, or <c>null</c>.</param>
    public static string FromSystemTextJsonPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return Body;
        }

        return jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
    }
}
