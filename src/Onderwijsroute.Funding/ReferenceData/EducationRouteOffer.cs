namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>
/// The onderwijsroute offer of one arbeidsmarktregio per level group on a peildatum
/// (Dutch: <em>aanbod onderwijsroute</em>), from Tabel 1 of the 2023 research report.
/// </summary>
/// <param name="Region">The region.</param>
/// <param name="NameInReport">The region's name as the report writes it.</param>
/// <param name="ReferenceDate">The peildatum of the status.</param>
/// <param name="Mbo">The offer for mbo levels.</param>
/// <param name="Hbo">The offer for hbo levels.</param>
/// <param name="Wo">The offer for wo levels.</param>
/// <param name="Remark">The report's remark, if any.</param>
public sealed record EducationRouteOffer(RegionCode Region, string NameInReport, LocalDate ReferenceDate, OfferStatus Mbo, OfferStatus Hbo, OfferStatus Wo, string? Remark)
{
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
