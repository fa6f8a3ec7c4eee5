namespace Onderwijsroute.Funding.Settlement;

/// <summary>
/// What to settle (Dutch: <em>vaststellingsberekening</em>): year-end counts and, optionally, the advances paid. In
/// both lists a <c>null</c> item is one the caller could not read and reports itself: it is skipped and keeps the
/// others' positions, which the error paths (<c>aantallen[i]</c>, <c>voorschotten[i]</c>) name.
/// </summary>
public sealed class SettlementRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="schemeId">The capped scheme with a settlement by count.</param>
    /// <param name="year">The budget year.</param>
    /// <param name="counts">Asielstatushouders in the onderwijsroute on 31 December per gemeente; a gemeente left out counts 0.</param>
    public SettlementRequest(string schemeId, int year, IReadOnlyList<MunicipalityCount?> counts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemeId);
        ArgumentNullException.ThrowIfNull(counts);
        SchemeId = schemeId;
        Year = year;
        Counts = counts;
    }

    /// <summary>The scheme.</summary>
    public string SchemeId { get; }

    /// <summary>The budget year.</summary>
    public int Year { get; }

    /// <summary>The year-end counts, each gemeente at most once.</summary>
    public IReadOnlyList<MunicipalityCount?> Counts { get; }

    /// <summary>A budget that replaces the scheme's (recorded as an override), or <c>null</c>.</summary>
    public Money? Budget { get; init; }

    /// <summary>The advances paid per gemeente (left out = 0, each at most once), or <c>null</c> to compute them by the advance rule.</summary>
    public IReadOnlyList<MunicipalityAmount?>? Advances { get; init; }

    /// <summary>For computed advances: the inhabitants' peildatum, or <c>null</c> for the default.</summary>
    public LocalDate? PopulationDate { get; init; }

    /// <summary>For computed advances: whether an earlier peildatum may stand in.</summary>
    public PopulationDateFallback PopulationDateFallback { get; init; } = PopulationDateFallback.Exact;
}
