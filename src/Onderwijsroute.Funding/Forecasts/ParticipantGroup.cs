namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// Participants who share a start month, duration, price, level and funding year, after defaults are applied: one
/// traject, or a group of starters. Costs and counts are computed per group and multiplied by its count. A value: a
/// forecast plans one per traject (hundreds), and read-only copies cost less than as many objects.
/// </summary>
internal readonly struct ParticipantGroup
{
    public required int Member { get; init; }

    public required EducationLevel Level { get; init; }

    public required ContractForm Form { get; init; }

    public required long Count { get; init; }

    /// <summary>Absolute month of the start: year × 12 + month − 1.</summary>
    public required int StartMonth { get; init; }

    public required int Months { get; init; }

    public required Money Price { get; init; }

    /// <summary>The start year whose indexed default price was used, or <c>null</c> for a given price.</summary>
    public required int? DefaultPriceYear { get; init; }

    public required bool DefaultDuration { get; init; }

    public required int HousingYear { get; init; }

    /// <summary>The first year the participant brings funding: the housing year, or the year they reach the inburgering age if later.</summary>
    public required int FundingYear { get; init; }

    /// <summary>
    /// The year the 2026+ supplement is paid for the participant: the funding year, for an onderwijsroute participant
    /// housed in a year of the supplement (docs/domain.md §3.5); <c>null</c> for everyone else.
    /// </summary>
    public int? SupplementYear { get; init; }

    public int EndMonth => StartMonth + Months - 1;

    public bool IsEducationRoute => Level.IsEducationRoute();
}
