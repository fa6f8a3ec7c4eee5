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
        YearEndCounts = new long[members, years];
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

    /// <summary>Per member and year: funded onderwijsroute participants whose traject runs on 31 December.</summary>
    public long[,] YearEndCounts { get; }

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
            var priceCategory = g.IsEducationRoute ? TrajectoryCategory : B1EntreeCategory;
            var countCategory = g.IsEducationRoute ? 0 : 1;
            var travelRates = travelCentsPerMonth[(int)g.Form];
            var startIndex = (g.StartMonth / 12) - firstYear;
            if (startIndex >= 0 && startIndex < years)
            {
                schedule.Starting[startIndex] += g.Count;
            }

            var lastYearSeen = -1;
            for (var k = 0; k < g.Months; k++)
            {
                var month = g.StartMonth + k - firstMonth;
                var price = checked(EvenSpread.Part(g.Price.Cents, g.Months, k) * g.Count);
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
                var travel = checked(travelRates[y] * g.Count);
                schedule.MonthlyCosts[priceCategory, month] += price;
                schedule.MonthlyCosts[TravelCategory, month] += travel;
                schedule.ParticipantMonths[countCategory, y] += g.Count;
                if (g.Form == ContractForm.Custom)
                {
                    schedule.ParticipantMonths[2, y] += g.Count;
                }

                if (firstYear + y < g.FundingYear)
                {
                    schedule.Prefinanced[y] = checked(schedule.Prefinanced[y] + price + travel);
                }

                if (y != lastYearSeen)
                {
                    lastYearSeen = y;
                    schedule.Running[countCategory, y] += g.Count;
                    if (g.Form == ContractForm.Custom)
                    {
                        schedule.Running[2, y] += g.Count;
                    }

                    if (g.DefaultPriceYear is { } priceYear)
                    {
                        schedule.DefaultPriceYears[y].Add((!g.IsEducationRoute, priceYear));
                    }

                    if (g.DefaultDuration)
                    {
                        schedule.DefaultDurationLevels[y].Add(g.Level);
                    }
                }

                // Counted on 31 December: the traject runs in December and funding has started.
                if (month % 12 == 11 && g.IsEducationRoute && firstYear + y >= g.FundingYear)
                {
                    schedule.YearEndCounts[g.Member, y] += g.Count;
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
