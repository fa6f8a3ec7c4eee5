namespace Onderwijsroute.Funding.Parameters;

/// <summary>How sure a parameter value is (Dutch: <em>status</em>).</summary>
public enum ParameterStatus
{
    /// <summary>Confirmed in a cited source (<c>bevestigd</c>).</summary>
    Confirmed,

    /// <summary>An assumption or a derived value (<c>aanname</c>); scenario overrides are always assumptions.</summary>
    Assumption,
}

/// <summary>The Dutch words for <see cref="ParameterStatus"/> as the parameter files and the API write them.</summary>
public static class ParameterStatusNames
{
    /// <summary>The word for a confirmed value.</summary>
    public const string Confirmed = "bevestigd";

    /// <summary>The word for an assumption.</summary>
    public const string Assumption = "aanname";

    /// <summary>The Dutch word for a status.</summary>
    /// <param name="status">The status.</param>
    public static string ToDutch(this ParameterStatus status) => status == ParameterStatus.Confirmed ? Confirmed : Assumption;

    /// <summary>Parses the Dutch word.</summary>
    /// <param name="text">The word.</param>
    /// <param name="status">The status when the result is <c>true</c>.</param>
    /// <returns>Whether the word is a known status.</returns>
    public static bool TryParse(string? text, out ParameterStatus status)
    {
        status = text == Confirmed ? ParameterStatus.Confirmed : ParameterStatus.Assumption;
        return text is Confirmed or Assumption;
    }
}
