namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The defaults the planning of one forecast reads for every traject (duration and indexed price by kind and start
/// year, the inburgering age by start year), looked up in the shared <see cref="ForecastAssumptions"/> once per forecast
/// instead of once per traject. Trajecten and starters start from 2022 up to the year after the forecast, so a few slots
/// hold them all; a year outside them (the rules rule it out) is simply not kept.
/// </summary>
internal sealed class PlanningDefaults(ForecastAssumptions assumptions)
{
    private const int Slots = ForecastCalculator.LatestYear + 2 - ForecastCalculator.EarliestYear;

    private readonly int?[] _months = new int?[2 * Slots];
    private readonly Money?[] _prices = new Money?[2 * Slots];
    private readonly long?[] _ages = new long?[Slots];

    /// <summary>The default duration in months (<see cref="ForecastAssumptions.DefaultMonths"/>).</summary>
    public int Months(EducationLevel level, int startYear)
    {
        var slot = Slot(level, startYear);
        return slot < 0 ? assumptions.DefaultMonths(level, startYear) : _months[slot] ??= assumptions.DefaultMonths(level, startYear);
    }

    /// <summary>The indexed default price (<see cref="ForecastAssumptions.DefaultPrice"/>).</summary>
    public Money Price(EducationLevel level, int startYear)
    {
        var slot = Slot(level, startYear);
        return slot < 0 ? assumptions.DefaultPrice(level, startYear) : _prices[slot] ??= assumptions.DefaultPrice(level, startYear);
    }

    /// <summary>The inburgering age in force in a year.</summary>
    public long InburgeringAge(int year)
    {
        var slot = year - ForecastCalculator.EarliestYear;
        return slot is < 0 or >= Slots
            ? assumptions.Integer(ForecastParameterNames.InburgeringAge, year)
            : _ages[slot] ??= assumptions.Integer(ForecastParameterNames.InburgeringAge, year);
    }

    /// <summary>Prices and durations differ only between B1-Entree and the onderwijsroute levels.</summary>
    private static int Slot(EducationLevel level, int startYear)
    {
        var index = startYear - ForecastCalculator.EarliestYear;
        return index is < 0 or >= Slots ? -1 : (level == EducationLevel.B1Entree ? Slots : 0) + index;
    }
}
