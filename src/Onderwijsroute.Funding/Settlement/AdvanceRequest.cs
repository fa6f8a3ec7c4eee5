namespace Onderwijsroute.Funding.Settlement;

/// <summary>What to compute advances for (Dutch: <em>voorschotberekening</em>).</summary>
public sealed class AdvanceRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="schemeId">The capped scheme.</param>
    /// <param name="year">The budget year.</param>
    public AdvanceRequest(string schemeId, int year)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemeId);
        SchemeId = schemeId;
        Year = year;
    }

    /// <summary>The capped scheme.</summary>
    public string SchemeId { get; }

    /// <summary>The budget year.</summary>
    public int Year { get; }

    /// <summary>A budget that replaces the scheme's for this year (recorded as an override), or <c>null</c>.</summary>
    public Money? Budget { get; init; }

    /// <summary>The inhabitants' peildatum, or <c>null</c> for the scheme's default (1 January of the year before).</summary>
    public LocalDate? PopulationDate { get; init; }

    /// <summary>Whether an earlier peildatum may stand in when the asked one has no figures.</summary>
    public PopulationDateFallback PopulationDateFallback { get; init; } = PopulationDateFallback.Exact;

    /// <summary>
    /// For a scheme paid to centrumgemeenten: weights per arbeidsmarktregio that replace the key (e.g. a number of
    /// trajecten per region); regions left out weigh 0, each region at most once. <c>null</c> keeps the scheme's key.
    /// A <c>null</c> item is one the caller could not read and reports itself: it is skipped and keeps the others'
    /// positions, which the error paths (<c>gewichten[i]</c>) name.
    /// </summary>
    public IReadOnlyList<RegionWeight?>? RegionWeights { get; init; }
}
