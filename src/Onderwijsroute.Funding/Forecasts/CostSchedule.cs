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
        MonthlyCosts = Rows(4, years * 12);
        Prefinanced = new long[years];
        RunningAtYearEnd = Rows(members, years);
        WaitingAtYearEnd = Rows(members, years);
        ParticipantMonths = Rows(3, years);
        Running = Rows(3, years);
        Starting = new long[years];
        DefaultPriceYears = new List<(bool, int)>[years];
        DefaultDurationLevels = new int[years];
        for (var y = 0; y < years; y++)
        {
            DefaultPriceYears[y] = [];
        }
    }

    public int FirstYear { get; }

    public int Years { get; }

    /// <summary>Cents per category (0-3) and month of the forecast.</summary>
    public long[][] MonthlyCosts { get; }

    /// <summary>Cents per year of costs for participants who bring no funding yet.</summary>
    public long[] Prefinanced { get; }

    /// <summary>Per member and year: funded onderwijsroute participants whose traject runs in December.</summary>
    public long[][] RunningAtYearEnd { get; }

    /// <summary>
    /// Per member and year: funded onderwijsroute participants whose traject starts in a later year (housed, their PIP
    /// set, waiting for the start); they count on 31 December when the count is <c>pip-onderwijsroute</c>.
    /// </summary>
    public long[][] WaitingAtYearEnd { get; }

    /// <summary>Participant-months per year: 0 onderwijsroute, 1 B1-Entree, 2 of which maatwerk.</summary>
    public long[][] ParticipantMonths { get; }

    /// <summary>Participants with at least one month in the year: 0 onderwijsroute, 1 B1-Entree, 2 of which maatwerk.</summary>
    public long[][] Running { get; }

    /// <summary>Participants starting per year.</summary>
    public long[] Starting { get; }

    /// <summary>Traject price that falls before the forecast's first year (trajecten started earlier).</summary>
    public long BeforeHorizon { get; private set; }

    /// <summary>Costs that fall after the forecast's last year (the tail of trajecten still running).</summary>
    public long AfterHorizon { get; private set; }

    /// <summary>
    /// Per year: the (B1-Entree or not, start year) pairs whose indexed default price is in the year's costs, each once,
    /// in no particular order. A list: it holds at most two entries per start year, and a set per year cost more to make
    /// than the scans.
    /// </summary>
    public List<(bool B1Entree, int StartYear)>[] DefaultPriceYears { get; }

    /// <summary>Per year: the levels whose default duration shapes the year's costs, one bit per level (bit <c>1 &lt;&lt; level</c>).</summary>
    public int[] DefaultDurationLevels { get; }

    /// <summary>Rows of plain arrays: a rectangular array takes the runtime's slow allocation path, many times per forecast.</summary>
    private static long[][] Rows(int rows, int columns)
    {
        var result = new long[rows][];
        for (var r = 0; r < rows; r++)
        {
            result[r] = new long[columns];
        }

        return result;
    }

    public long CategoryTotal(int category, int yearIndex)
    {
        var total = 0L;
        for (var m = yearIndex * 12; m < (yearIndex + 1) * 12; m++)
        {
            total = checked(total + MonthlyCosts[category][m]);
        }

        return total;
    }

    public static CostSchedule Build(int firstYear, int lastYear, int members, ReadOnlySpan<ParticipantGroup> groups, IReadOnlyList<YearAmount> bridging, long[][] travelCentsPerMonth)
    {
        var years = lastYear - firstYear + 1;
        var schedule = new CostSchedule(firstYear, years, members);
        var horizon = years * 12;

        // Month by month the costs change only where a traject starts or ends, or its extra cents stop: each group marks
        // those months in difference arrays (price per category, participants per contract form for travel), and one
        // pass of running sums turns them into the monthly costs. A group's other figures need one step per calendar
        // year it runs, not one per month.
        long[][] priceSteps = [new long[horizon + 1], new long[horizon + 1]];
        long[][] participantSteps = [new long[horizon + 1], new long[horizon + 1]];
        foreach (ref readonly var g in groups)
        {
            schedule.Add(in g, firstYear, years, travelCentsPerMonth[(int)g.Form], priceSteps, participantSteps);
        }

        // Row i of the price steps is a cost category (traject, B1-Entree); of the participant steps a contract form.
        var travel = schedule.MonthlyCosts[TravelCategory];
        for (var i = 0; i < 2; i++)
        {
            long price = 0, participants = 0;
            var prices = priceSteps[i];
            var people = participantSteps[i];
            var costs = schedule.MonthlyCosts[i];
            var rates = travelCentsPerMonth[i];
            for (var month = 0; month < horizon; month++)
            {
                price += prices[month];
                participants += people[month];
                costs[month] = price;
                travel[month] = checked(travel[month] + (participants * rates[month / 12]));
            }
        }

        foreach (var b in bridging)
        {
            var y = b.Year - firstYear;
            for (var k = 0; k < 12; k++)
            {
                schedule.MonthlyCosts[BridgingCategory][(y * 12) + k] += EvenSpread.Part(b.Amount.Cents, 12, k);
            }
        }

        return schedule;
    }

    /// <summary>Lays out one group: its steps in the monthly arrays, and per calendar year its counts and pre-financing.</summary>
    private void Add(in ParticipantGroup g, int firstYear, int years, long[] travelRates, long[][] priceSteps, long[][] participantSteps)
    {
        var horizon = years * 12;
        var educationRoute = g.IsEducationRoute;
        var priceCategory = educationRoute ? TrajectoryCategory : B1EntreeCategory;
        var countCategory = educationRoute ? 0 : 1;
        var count = g.Count;
        var months = g.Months;
        var fundedFrom = g.FundingYear - firstYear;
        var startIndex = (g.StartMonth / 12) - firstYear;
        if (startIndex >= 0 && startIndex < years)
        {
            Starting[startIndex] += count;
        }

        // From the year they count (housing, or turning 18) up to the year before the start: waiting on 31 December.
        for (var y = Math.Max(fundedFrom, 0); educationRoute && y < Math.Min(startIndex, years); y++)
        {
            WaitingAtYearEnd[g.Member][y] += count;
        }

        // EvenSpread: the first (price mod months) months carry one cent more. Month k of the traject is forecast
        // month first + k; the months before the horizon and after it are only summed.
        var perMonth = Math.DivRem(g.Price.Cents, months, out var extraCents);
        var extra = (int)extraCents;
        var first = g.StartMonth - (firstYear * 12);
        var inFrom = Math.Clamp(-first, 0, months);
        var inTo = Math.Clamp(horizon - first, inFrom, months);
        BeforeHorizon = checked(BeforeHorizon + PriceOf(0, inFrom));
        AfterHorizon = checked(AfterHorizon + PriceOf(inTo, months));
        if (inFrom == inTo)
        {
            return;
        }

        var perMonthAll = checked(perMonth * count);
        priceSteps[priceCategory][first + inFrom] += perMonthAll;
        priceSteps[priceCategory][first + inTo] -= perMonthAll;
        if (extra > inFrom)
        {
            priceSteps[priceCategory][first + inFrom] += count;
            priceSteps[priceCategory][first + Math.Min(extra, inTo)] -= count;
        }

        participantSteps[(int)g.Form][first + inFrom] += count;
        participantSteps[(int)g.Form][first + inTo] -= count;

        // One step per calendar year the traject runs in: its months in the year, and what explains the year's costs.
        for (var k = inFrom; k < inTo;)
        {
            var month = first + k;
            var y = month / 12;
            var end = Math.Min(inTo, k + 12 - (month % 12));
            var monthsInYear = end - k;
            if (y < fundedFrom)
            {
                Prefinanced[y] = checked(Prefinanced[y] + PriceOf(k, end) + (travelRates[y] * count * monthsInYear));
            }

            // Running on 31 December: the traject runs in December and funding has started.
            if ((first + end - 1) % 12 == 11 && educationRoute && y >= fundedFrom)
            {
                RunningAtYearEnd[g.Member][y] += count;
            }

            ParticipantMonths[countCategory][y] += count * monthsInYear;
            Running[countCategory][y] += count;
            if (g.Form == ContractForm.Custom)
            {
                ParticipantMonths[2][y] += count * monthsInYear;
                Running[2][y] += count;
            }

            if (g.DefaultPriceYear is { } priceYear && !DefaultPriceYears[y].Contains((!educationRoute, priceYear)))
            {
                DefaultPriceYears[y].Add((!educationRoute, priceYear));
            }

            if (g.DefaultDuration)
            {
                DefaultDurationLevels[y] |= 1 << (int)g.Level;
            }

            k = end;
        }

        // The price of traject months [from, to) for the whole group: the plain part and the extra cents among them.
        long PriceOf(int from, int to) => checked(((perMonth * (to - from)) + Math.Max(0, Math.Min(to, extra) - from)) * count);
    }
}
