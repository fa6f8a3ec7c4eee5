namespace Onderwijsroute.Funding.Parameters;

/// <summary>What a parameter file describes (Dutch: <em>soort</em>, the file's optional <c>kind</c> key).</summary>
public enum SchemeKind
{
    /// <summary>A funding stream with a legal basis (<c>regeling</c>, the default when <c>kind</c> is absent).</summary>
    FundingScheme,

    /// <summary>Dated assumptions that are no funding stream, e.g. forecast defaults (<c>aannames</c>).</summary>
    Assumptions,
}
