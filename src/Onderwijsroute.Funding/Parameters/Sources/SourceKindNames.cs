namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>The Dutch words for <see cref="SourceKind"/> as the register and the API write them.</summary>
public static class SourceKindNames
{
    private static readonly Dictionary<string, SourceKind> ByName = new(StringComparer.Ordinal)
    {
        ["primair"] = SourceKind.Primary,
        ["secundair"] = SourceKind.Secondary,
        ["onderzoeksrapport"] = SourceKind.ResearchReport,
        ["eigen"] = SourceKind.Own,
    };

    /// <summary>The Dutch word for a kind.</summary>
    /// <param name="kind">The kind.</param>
    public static string ToDutch(this SourceKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>Parses the Dutch word.</summary>
    /// <param name="text">The word.</param>
    /// <param name="kind">The kind when the result is <c>true</c>.</param>
    /// <returns>Whether the word is a known kind.</returns>
    public static bool TryParse(string? text, out SourceKind kind) => ByName.TryGetValue(text ?? string.Empty, out kind);

    /// <summary>The known words, for messages.</summary>
    public static string Known => string.Join(", ", ByName.Keys);
}
