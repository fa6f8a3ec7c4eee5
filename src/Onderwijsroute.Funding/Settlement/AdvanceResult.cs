namespace Onderwijsroute.Funding.Settlement;

/// <summary>The advances of a capped scheme for one year, with their explanation.</summary>
public sealed class AdvanceResult
{
    internal AdvanceResult(string schemeId, int year, Money budget, LocalDate? populationDate, string recipients, string key, IReadOnlyList<AdvanceLine> lines, Money undistributed, long totalWeight, Explanation explanation)
    {
        SchemeId = schemeId;
        Year = year;
        Budget = budget;
        PopulationDate = populationDate;
        Recipients = recipients;
        Key = key;
        Lines = lines;
        Undistributed = undistributed;
        TotalWeight = totalWeight;
        Explanation = explanation;
    }

    /// <summary>The scheme.</summary>
    public string SchemeId { get; }

    /// <summary>The budget year.</summary>
    public int Year { get; }

    /// <summary>The budget distributed.</summary>
    public Money Budget { get; }

    /// <summary>The inhabitants' peildatum, or <c>null</c> when given weights were used.</summary>
    public LocalDate? PopulationDate { get; }

    /// <summary>Who receives the advances: <c>gemeenten</c> or <c>centrumgemeenten</c> (the scheme's <c>ontvangers</c>).</summary>
    public string Recipients { get; }

    /// <summary>The distribution key used (<c>inwoners</c>, <c>inwoners-arbeidsmarktregio</c>, <c>gewichten</c>).</summary>
    public string Key { get; }

    /// <summary>Every recipient's advance, ordered by code (for gemeenten: made from the result's columns when read).</summary>
    public IReadOnlyList<AdvanceLine> Lines { get; }

    /// <summary>What was not distributed (the whole budget when all weights are zero).</summary>
    public Money Undistributed { get; }

    /// <summary>The sum of the weights.</summary>
    public long TotalWeight { get; }

    /// <summary>Which parameters, dates and counts produced the result.</summary>
    public Explanation Explanation { get; }
}
