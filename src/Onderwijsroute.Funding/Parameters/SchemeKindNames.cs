namespace Onderwijsroute.Funding.Parameters;

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
