namespace Onderwijsroute.Funding.Parameters;

/// <summary>What a parameter file describes (Dutch: <em>soort</em>, the file's optional <c>kind</c> key).</summary>
public enum SchemeKind
{
    /// <summary>A funding stream with a legal basis (<c>regeling</c>, the default when <c>kind</c> is absent).</summary>
    FundingScheme,

    /// <summary>Dated assumptions that are no funding stream, e.g. forecast defaults (<c>aannames</c>).</summary>
    Assumptions,
}

/// <summary>The words of <see cref="SchemeKind"/> as the parameter files write them.</summary>
public static class SchemeKindNames
{
    /// <summary>The word for a funding stream.</summary>
    public const string FundingScheme = "regeling";

    /// <summary>The word for a set of assumptions.</summary>
    public const string Assumptions = "aannames";

    /// <summary>The Dutch word for a kind.</summary>
    /// <param name="kind">The kind.</param>
    public static string ToDutch(this SchemeKind kind) => kind == SchemeKind.Assumptions ? Assumptions : FundingScheme;
}
