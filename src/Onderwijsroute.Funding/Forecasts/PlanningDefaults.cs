namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The defaults the planning of one forecast reads for every traject (duration and indexed price by kind and start
/// year, the inburgering age by start year), looked up in the shared <see cref="ForecastAssumptions"/> once per forecast
/// instead of once per traject. Trajecten and starters start from the assumptions' first year up to the year after the
/// forecast (at most the year after their last), so a few slots hold them all; a year outside them (the rules rule it
/// out) is simply not kept.
/// </summary>
internal sealed class PlanningDefaults
{
    private readonly ForecastAssumptions _assumptions;
    private readonly int _firstYear;
    private readonly int _slots;
    private readonly int?[] _months;
    private readonly Money?[] _prices;
    private readonly long?[] _ages;

    public PlanningDefaults(ForecastAssumptions assumptions)
    {
        _assumptions = assumptions;
        _firstYear = assumptions.FirstYear;
        _slots = assumptions.LastYear + 2 - _firstYear;
        _months = new int?[2 * _slots];
        _prices = new Money?[2 * _slots];
        _ages = new long?[_slots];
    }

    /// <summary>The default duration in months (<see cref="ForecastAssumptions.DefaultMonths"/>).</summary>
    public int Months(EducationLevel level, int startYear)
    {
        var slot = Slot(level, startYear);
        return slot < 0 ? _assumptions.DefaultMonths(level, startYear) : _months[slot] ??= _assumptions.DefaultMonths(level, startYear);
    }

    /// <summary>The indexed default price (<see cref="ForecastAssumptions.DefaultPrice"/>).</summary>
    public Money Price(EducationLevel level, int startYear)
    {
        var slot = Slot(level, startYear);
        return slot < 0 ? _assumptions.DefaultPrice(level, startYear) : _prices[slot] ??= _assumptions.DefaultPrice(level, startYear);
    }

    /// <summary>The inburgering age in force in a year.</summary>
    public long InburgeringAge(int year)
    {
        var slot = year - _firstYear;
        return slot < 0 || slot >= _slots
            ? _assumptions.Integer(ForecastParameterNames.InburgeringAge, year)
            : _ages[slot] ??= _assumptions.Integer(ForecastParameterNames.InburgeringAge, year);
    }

    /// <summary>Prices and durations differ only between B1-Entree and the onderwijsroute levels.</summary>
    private int Slot(EducationLevel level, int startYear)
    {
        var index = startYear - _firstYear;
        return index < 0 || index >= _slots ? -1 : (level == EducationLevel.B1Entree ? _slots : 0) + index;
    }
}
