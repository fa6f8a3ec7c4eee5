namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>What kind of document a source is (Dutch: <em>soort bron</em>); it decides which statuses it can carry.</summary>
public enum SourceKind
{
    /// <summary>An official publication or government page: a regulation, the Staatscourant, an official budget, DUO, CBS (<c>primair</c>).</summary>
    Primary,

    /// <summary>A secondary source: Divosa, VNG, Schulinck, trade press, a gemeente's report (<c>secundair</c>).</summary>
    Secondary,

    /// <summary>The research report on the onderwijsroute (2023) that started this product (<c>onderzoeksrapport</c>); secondary.</summary>
    ResearchReport,

    /// <summary>This product's own modelling choices; carries only assumptions, whose reasoning stands beside the value (<c>eigen</c>).</summary>
    Own,
}

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
