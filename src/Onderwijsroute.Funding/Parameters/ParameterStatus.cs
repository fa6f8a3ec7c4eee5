namespace Onderwijsroute.Funding.Parameters;

/// <summary>How sure a parameter value is (Dutch: <em>status</em>); docs/domain.md §2.</summary>
public enum ParameterStatus
{
    /// <summary>Stated by a primary source: a regulation, the Staatscourant, an official budget or government page (<c>bevestigd</c>).</summary>
    Confirmed,

    /// <summary>Stated by a secondary source: Divosa, Schulinck, trade press, the research report (<c>secundair</c>).</summary>
    Secondary,

    /// <summary>Computed from other values by a formula stored beside it, which the loader recomputes (<c>afgeleid</c>).</summary>
    Derived,

    /// <summary>An assumption, with its reasoning (<c>aanname</c>); scenario overrides are always assumptions.</summary>
    Assumption,
}

/// <summary>The Dutch words for <see cref="ParameterStatus"/> as the parameter files and the API write them.</summary>
public static class ParameterStatusNames
{
    /// <summary>The word for a value stated by a primary source.</summary>
    public const string Confirmed = "bevestigd";

    /// <summary>The word for a value stated by a secondary source.</summary>
    public const string Secondary = "secundair";

    /// <summary>The word for a value computed by a formula.</summary>
    public const string Derived = "afgeleid";

    /// <summary>The word for an assumption.</summary>
    public const string Assumption = "aanname";

    /// <summary>The four words, for messages.</summary>
    public const string Known = "bevestigd, secundair, afgeleid, aanname";

    /// <summary>The Dutch word for a status.</summary>
    /// <param name="status">The status.</param>
    public static string ToDutch(this ParameterStatus status) => status switch
    {
        ParameterStatus.Confirmed => Confirmed,
        ParameterStatus.Secondary => Secondary,
        ParameterStatus.Derived => Derived,
        _ => Assumption,
    };

    /// <summary>Parses the Dutch word.</summary>
    /// <param name="text">The word.</param>
    /// <param name="status">The status when the result is <c>true</c>.</param>
    /// <returns>Whether the word is a known status.</returns>
    public static bool TryParse(string? text, out ParameterStatus status)
    {
        (var known, status) = text switch
        {
            Confirmed => (true, ParameterStatus.Confirmed),
            Secondary => (true, ParameterStatus.Secondary),
            Derived => (true, ParameterStatus.Derived),
            Assumption => (true, ParameterStatus.Assumption),
            _ => (false, ParameterStatus.Assumption),
        };
        return known;
    }
}
