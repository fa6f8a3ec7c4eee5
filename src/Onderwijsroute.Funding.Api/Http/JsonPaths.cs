namespace Onderwijsroute.Funding.Api.Http;

/// <summary>Turns System.Text.Json paths into the JSON paths the <c>errors</c> map uses.</summary>
internal static class JsonPaths
{
    /// <summary>The key for an error about the body as a whole.</summary>
    public const string Body = "body";

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
