namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>
/// The onderwijsroute offer of one arbeidsmarktregio per level group on a peildatum
/// (Dutch: <em>aanbod onderwijsroute</em>), from Tabel 1 of the 2023 research report.
/// </summary>
public sealed class EducationRouteOffer
{
    internal EducationRouteOffer(RegionCode region, string nameInReport, LocalDate referenceDate, OfferStatus mbo, OfferStatus hbo, OfferStatus wo, string? remark)
    {
        Region = region;
        NameInReport = nameInReport;
        ReferenceDate = referenceDate;
        Mbo = mbo;
        Hbo = hbo;
        Wo = wo;
        Remark = remark;
    }

    /// <summary>The region.</summary>
    public RegionCode Region { get; }

    /// <summary>The region's name as the report writes it.</summary>
    public string NameInReport { get; }

    /// <summary>The peildatum of the status.</summary>
    public LocalDate ReferenceDate { get; }

    /// <summary>The offer for mbo levels.</summary>
    public OfferStatus Mbo { get; }

    /// <summary>The offer for hbo levels.</summary>
    public OfferStatus Hbo { get; }

    /// <summary>The offer for wo levels.</summary>
    public OfferStatus Wo { get; }

    /// <summary>The report's remark, if any.</summary>
    public string? Remark { get; }

    /// <summary>The Dutch word for a status, as the data and the API use it.</summary>
    /// <param name="status">The status.</param>
    public static string DutchName(OfferStatus status) => status switch
    {
        OfferStatus.Contracted => "gecontracteerd",
        OfferStatus.Custom => "maatwerk",
        OfferStatus.None => "geen",
        _ => "onbekend",
    };

    internal static OfferStatus ParseDutch(string text) => text switch
    {
        "gecontracteerd" => OfferStatus.Contracted,
        "maatwerk" => OfferStatus.Custom,
        "geen" => OfferStatus.None,
        "onbekend" => OfferStatus.Unknown,
        _ => throw new InvalidDataException($"Unknown offer status '{text}'."),
    };
}
