using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// How persons housed in a year become trajecten (docs/domain.md §4.8), one rule for the national projection, a
/// gemeente's starting point and the scenarios: of those housed in year <c>H</c>, <c>round(housed × q_H)</c> whole people
/// start in the start month of <c>H + 1</c> and the rest in the start month of <c>H</c>, where <c>q_H</c> is
/// <c>aandeel-start-volgend-jaar</c>. A half goes to the even number: with q = ½ every gemeente with an odd count has a
/// half, and rounding those all up would move about one person in thirty of the national inflow a year later.
/// A traject counts on 31 December while December is one of its months.
/// </summary>
internal static class HousingToStart
{
    /// <summary>The share is held in ten-thousandths (four decimals), like the scenarios' level shares.</summary>
    public const long ShareScale = 10_000;

    /// <summary>The share of the cohort housed in <paramref name="year"/> that starts in the next year, in ten-thousandths.</summary>
    public static long NextYearShare(ParameterCatalogue catalogue, int year) =>
        (long)(catalogue.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.NextYearShare, year).Value.AsFraction() * ShareScale);

    /// <summary>Why the share in force for a year cannot be used (an override can make it so), or <c>null</c>.</summary>
    public static string? ShareProblem(ParameterCatalogue catalogue, int year)
    {
        var share = catalogue.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.NextYearShare, year).Value.AsFraction();
        var scaled = share * ShareScale;
        return share is >= 0 and <= 1 && scaled == decimal.Truncate(scaled)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"'{ForecastParameterNames.NextYearShare}' moet een fractie van 0 tot en met 1 met ten hoogste vier decimalen zijn, niet {share} ({year}).");
    }

    /// <summary>Of <paramref name="housed"/> persons (not negative), how many start in the next year: <c>housed × share</c> ten-thousandths, halves to even.</summary>
    public static long Deferred(long housed, long share)
    {
        var quotient = Math.DivRem(checked(housed * share), ShareScale, out var remainder);
        return (remainder * 2).CompareTo(ShareScale) switch
        {
            > 0 => quotient + 1,
            0 => quotient + (quotient & 1),
            _ => quotient,
        };
    }

    /// <summary>Whether December of <paramref name="year"/> is one of the months of a traject starting in month <paramref name="startMonth"/> of <paramref name="startYear"/>.</summary>
    public static bool RunsInDecember(int startYear, int startMonth, int months, int year) =>
        year >= startYear && ((year - startYear) * 12) + 13 - startMonth <= months;
}
