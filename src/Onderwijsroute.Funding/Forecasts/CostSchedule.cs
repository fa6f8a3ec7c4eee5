namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The participants laid out over the months of the forecast: the costs per category and month, what falls before
/// funding starts (pre-financed), and the counts the income needs (year-end counts, funding cohorts).
/// </summary>
internal sealed class CostSchedule
{
    public const int TrajectoryCategory = 0;
    public const int B1EntreeCategory = 1;
    public const int TravelCategory = 2;
    public const int BridgingCategory = 3;

    private CostSchedule(int firstYear, int years, int members)
    {
        FirstYear = firstYear;
        Years = years;
        MonthlyCosts = new long[4, years * 12];
        Prefinanced = new long[years];
        RunningAtYearEnd = new long[members, years];
        WaitingAtYearEnd = new long[members, years];
        ParticipantMonths = new long[3, years];
        Running = new long[3, years];
        Starting = new long[years];
        DefaultPriceYears = new HashSet<(bool, int)>[years];
        DefaultDurationLevels = new HashSet<EducationLevel>[years];
        for (var y = 0; y < years; y++)
        {
            DefaultPriceYears[y] = [];
            DefaultDurationLevels[y] = [];
        }
    }

    public int FirstYear { get; }

    public int Years { get; }

    /// <summary>Cents per category (0-3) and month of the forecast.</summary>
    public long[,] MonthlyCosts { get; }

    /// <summary>Cents per year of costs for participants who bring no funding yet.</summary>
    public long[] Prefinanced { get; }

    /// <summary>Per member and year: funded onderwijsroute participants whose traject runs in December.</summary>
    public long[,] RunningAtYearEnd { get; }

    /// <summary>
    /// Per member and year: funded onderwijsroute participants whose traject starts in a later year (housed, their PIP
    /// set, waiting for the start); they count on 31 December when the count is <c>pip-onderwijsroute</c>.
    /// </summary>
    public long[,] WaitingAtYearEnd { get; }

    /// <summary>Participant-months per year: 0 onderwijsroute, 1 B1-Entree, 2 of which maatwerk.</summary>
    public long[,] ParticipantMonths { get; }

    /// <summary>Participants with at least one month in the year: 0 onderwijsroute, 1 B1-Entree, 2 of which maatwerk.</summary>
    public long[,] Running { get; }

    /// <summary>Participants starting per year.</summary>
    public long[] Starting { get; }

    /// <summary>Traject price that falls before the forecast's first year (trajecten started earlier).</summary>
    public long BeforeHorizon { get; private set; }

    /// <summary>Costs that fall after the forecast's last year (the tail of trajecten still running).</summary>
    public long AfterHorizon { get; private set; }

    /// <summary>Per year: the (B1-Entree or not, start year) pairs whose indexed default price is in the year's costs.</summary>
    public HashSet<(bool B1Entree, int StartYear)>[] DefaultPriceYears { get; }

    /// <summary>Per year: the levels whose default duration shapes the year's costs.</summary>
    public HashSet<EducationLevel>[] DefaultDurationLevels { get; }

    public long CategoryTotal(int category, int yearIndex)
    {
        var total = 0L;
        for (var m = yearIndex * 12; m < (yearIndex + 1) * 12; m++)
        {
            total = checked(total + MonthlyCosts[category, m]);
        }

        return total;
    }

    public static CostSchedule Build(int firstYear, int lastYear, int members, IReadOnlyList<ParticipantGroup> groups, IReadOnlyList<YearAmount> bridging, long[][] travelCentsPerMonth)
    {
        var years = lastYear - firstYear + 1;
        var schedule = new CostSchedule(firstYear, years, members);
        var firstMonth = firstYear * 12;
        var horizon = years * 12;
        foreach (var g in groups)
        {
            var educationRoute = g.IsEducationRoute;
            var custom = g.Form == ContractForm.Custom;
            var priceCategory = educationRoute ? TrajectoryCategory : B1EntreeCategory;
            var countCategory = educationRoute ? 0 : 1;
            var travelRates = travelCentsPerMonth[(int)g.Form];
            var count = g.Count;
            var months = g.Months;
            var fundedFrom = g.FundingYear - firstYear;
            var startIndex = (g.StartMonth / 12) - firstYear;
            if (startIndex >= 0 && startIndex < years)
            {
                schedule.Starting[startIndex] += count;
            }

            // From the year they count (housing, or turning 18) up to the year before the start: waiting on 31 December.
            for (var y = Math.Max(fundedFrom, 0); educationRoute && y < Math.Min(startIndex, years); y++)
            {
                schedule.WaitingAtYearEnd[g.Member, y] += count;
            }

            // EvenSpread: the first (price mod months) months carry one cent more.
            var perMonth = Math.DivRem(g.Price.Cents, months, out var extraCents);
            var lastYearSeen = -1;
            for (var k = 0; k < months; k++)
            {
                var month = g.StartMonth + k - firstMonth;
                var price = checked((k < extraCents ? perMonth + 1 : perMonth) * count);
                if (month < 0)
                {
                    schedule.BeforeHorizon = checked(schedule.BeforeHorizon + price);
                    continue;
                }

                if (month >= horizon)
                {
                    schedule.AfterHorizon = checked(schedule.AfterHorizon + price);
                    continue;
                }

                var y = month / 12;
                var travel = checked(travelRates[y] * count);
                schedule.MonthlyCosts[priceCategory, month] += price;
                schedule.MonthlyCosts[TravelCategory, month] += travel;
                if (y < fundedFrom)
                {
                    schedule.Prefinanced[y] = checked(schedule.Prefinanced[y] + price + travel);
                }

                // Running on 31 December: the traject runs in December and funding has started.
                if (month % 12 == 11 && educationRoute && y >= fundedFrom)
                {
                    schedule.RunningAtYearEnd[g.Member, y] += count;
                }

                if (y == lastYearSeen)
                {
                    continue;
                }

                // Once per calendar year of the traject: its months in the year, and what explains the year's costs.
                lastYearSeen = y;
                var monthsInYear = Math.Min(months - k, 12 - (month % 12));
                schedule.ParticipantMonths[countCategory, y] += count * monthsInYear;
                schedule.Running[countCategory, y] += count;
                if (custom)
                {
                    schedule.ParticipantMonths[2, y] += count * monthsInYear;
                    schedule.Running[2, y] += count;
                }

                if (g.DefaultPriceYear is { } priceYear)
                {
                    schedule.DefaultPriceYears[y].Add((!educationRoute, priceYear));
                }

                if (g.DefaultDuration)
                {
                    schedule.DefaultDurationLevels[y].Add(g.Level);
                }
            }
        }

        foreach (var b in bridging)
        {
            var y = b.Year - firstYear;
            for (var k = 0; k < 12; k++)
            {
                schedule.MonthlyCosts[BridgingCategory, (y * 12) + k] += EvenSpread.Part(b.Amount.Cents, 12, k);
            }
        }

        return schedule;
    }
}
