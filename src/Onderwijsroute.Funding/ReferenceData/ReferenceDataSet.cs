using System.Collections.ObjectModel;

namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>
/// The reference data the calculations use (Dutch: <em>referentiedata</em>): the gemeenten of one CBS indeling with
/// their provincie and arbeidsmarktregio, the regions with their centrumgemeente, inhabitants per peildatum, and the
/// regional onderwijsroute offer. Immutable; every lookup by code is O(1).
/// </summary>
public sealed class ReferenceDataSet
{
    private static readonly Lazy<ReferenceDataSet> EmbeddedInstance = new(ReferenceDataLoader.LoadEmbedded);

    /// <summary>
    /// The position of each gemeente by the four digits of its code (−1: none): a settlement looks up every listed
    /// gemeente, and a hash lookup of the code was most of its input check. 10,000 entries, 20 KB per data set.
    /// </summary>
    private readonly short[] _positionByNumber;
    private readonly Dictionary<RegionCode, LabourMarketRegion> _regions;
    private readonly Dictionary<RegionCode, EducationRouteOffer> _offers;
    private readonly Dictionary<LocalDate, long[]> _inhabitantsByDate;

    internal ReferenceDataSet(
        ReferenceDataMetadata metadata,
        IReadOnlyList<Municipality> municipalities,
        IReadOnlyList<LabourMarketRegion> regions,
        IReadOnlyList<EducationRouteOffer> offers,
        Dictionary<LocalDate, long[]> inhabitantsByDate)
    {
        Metadata = metadata;
        Municipalities = new ReadOnlyCollection<Municipality>(municipalities.OrderBy(m => m.Code).ToArray());
        Regions = new ReadOnlyCollection<LabourMarketRegion>(regions.OrderBy(r => r.Code).ToArray());
        Offers = new ReadOnlyCollection<EducationRouteOffer>(offers.OrderBy(o => o.Region).ToArray());
        _positionByNumber = new short[10_000];
        Array.Fill(_positionByNumber, (short)-1);
        for (var i = 0; i < Municipalities.Count; i++)
        {
            _positionByNumber[Municipalities[i].Code.Number] = checked((short)i);
        }

        _regions = Regions.ToDictionary(r => r.Code);
        _offers = Offers.ToDictionary(o => o.Region);
        _inhabitantsByDate = inhabitantsByDate;
        PopulationDates = new ReadOnlyCollection<LocalDate>(inhabitantsByDate.Keys.Order().ToArray());
    }

    /// <summary>The data carried by this library (CBS indeling 2023), loaded once.</summary>
    public static ReferenceDataSet Embedded => EmbeddedInstance.Value;

    /// <summary>The indeling year and the budget years it is valid for, with sources.</summary>
    public ReferenceDataMetadata Metadata { get; }

    /// <summary>Every gemeente, ordered by code.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>Every arbeidsmarktregio, ordered by code.</summary>
    public IReadOnlyList<LabourMarketRegion> Regions { get; }

    /// <summary>The onderwijsroute offer per region, ordered by region code.</summary>
    public IReadOnlyList<EducationRouteOffer> Offers { get; }

    /// <summary>The peildatums for which inhabitants are known, in order.</summary>
    public IReadOnlyList<LocalDate> PopulationDates { get; }

    /// <summary>Whether the gemeente set of this data holds for a budget year.</summary>
    /// <param name="year">The budget year.</param>
    public bool CoversYear(int year) => year >= Metadata.ValidFromYear && year <= Metadata.ValidUntilYear;

    /// <summary>
    /// The same gemeenten, regions and figures, declared valid for other budget years. Only scenario runs use this,
    /// and they state it as an assumption: the indeling of later years is not known yet.
    /// </summary>
    internal ReferenceDataSet WithValidYears(int fromYear, int untilYear) =>
        new(Metadata with { ValidFromYear = fromYear, ValidUntilYear = untilYear }, Municipalities, Regions, Offers, _inhabitantsByDate);

    /// <summary>Finds a gemeente by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The gemeente, or <c>null</c> when the code is not in this indeling.</returns>
    public Municipality? FindMunicipality(MunicipalityCode code) => IndexOf(code) is var index and >= 0 ? Municipalities[index] : null;

    /// <summary>The position of a gemeente in <see cref="Municipalities"/>, or -1.</summary>
    /// <param name="code">The code.</param>
    public int IndexOf(MunicipalityCode code) => code.Number is var number and >= 0 ? _positionByNumber[number] : -1;

    /// <summary>Finds a region by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The region, or <c>null</c>.</returns>
    public LabourMarketRegion? FindRegion(RegionCode code) => _regions.GetValueOrDefault(code);

    /// <summary>The onderwijsroute offer of a region.</summary>
    /// <param name="code">The region code.</param>
    /// <returns>The offer, or <c>null</c> when the report lists none for the region.</returns>
    public EducationRouteOffer? FindOffer(RegionCode code) => _offers.GetValueOrDefault(code);

    /// <summary>Chooses the peildatum whose figures answer a request for <paramref name="requested"/>.</summary>
    /// <param name="requested">The asked peildatum.</param>
    /// <param name="fallback">Whether an earlier peildatum may stand in.</param>
    /// <returns>The peildatum to use, or <c>null</c> when there is none.</returns>
    public LocalDate? ResolvePopulationDate(LocalDate requested, PopulationDateFallback fallback)
    {
        if (_inhabitantsByDate.ContainsKey(requested))
        {
            return requested;
        }

        if (fallback == PopulationDateFallback.Exact)
        {
            return null;
        }

        LocalDate? best = null;
        foreach (var date in PopulationDates)
        {
            if (date < requested)
            {
                best = date;
            }
        }

        return best;
    }

    /// <summary>Inhabitants of every gemeente on a peildatum, aligned with <see cref="Municipalities"/>.</summary>
    /// <param name="referenceDate">A peildatum from <see cref="PopulationDates"/>.</param>
    /// <exception cref="KeyNotFoundException">There are no figures for that peildatum.</exception>
    public ReadOnlySpan<long> InhabitantsOn(LocalDate referenceDate) =>
        _inhabitantsByDate.TryGetValue(referenceDate, out var figures)
            ? figures
            : throw new KeyNotFoundException($"No population figures for peildatum {referenceDate:yyyy-MM-dd}; available: {string.Join(", ", PopulationDates.Select(d => d.ToString("yyyy-MM-dd", null)))}.");

    /// <summary>Inhabitants of one gemeente on a peildatum.</summary>
    /// <param name="code">The gemeente.</param>
    /// <param name="referenceDate">A peildatum from <see cref="PopulationDates"/>.</param>
    /// <exception cref="KeyNotFoundException">The gemeente or the peildatum is unknown.</exception>
    public long Inhabitants(MunicipalityCode code, LocalDate referenceDate)
    {
        var index = IndexOf(code);
        if (index < 0)
        {
            throw new KeyNotFoundException($"Unknown gemeente {code}.");
        }

        return InhabitantsOn(referenceDate)[index];
    }

    /// <summary>Inhabitants of a region on a peildatum: the sum over its member gemeenten.</summary>
    /// <param name="code">The region.</param>
    /// <param name="referenceDate">A peildatum from <see cref="PopulationDates"/>.</param>
    /// <exception cref="KeyNotFoundException">The region or the peildatum is unknown.</exception>
    public long RegionInhabitants(RegionCode code, LocalDate referenceDate)
    {
        var region = FindRegion(code) ?? throw new KeyNotFoundException($"Unknown arbeidsmarktregio {code}.");
        var figures = InhabitantsOn(referenceDate);
        var total = 0L;
        foreach (var member in region.Members)
        {
            total += figures[IndexOf(member)];
        }

        return total;
    }
}
