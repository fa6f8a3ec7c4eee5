namespace Onderwijsroute.Funding.Scenarios;

/// <summary>The per-gemeente figures of every year of one computation, in cents (arrays [year][gemeente]).</summary>
internal sealed class KernelOutput
{
    public KernelOutput(int years, int municipalities)
    {
        long[][] Make() => Enumerable.Range(0, years).Select(_ => new long[municipalities]).ToArray();
        Starters = Make();
        Deferred = Make();
        Started = Make();
        BetweenSchemes = Make();
        Active = Make();
        YearEnd = Make();
        Cost = Make();
        Regular = Make();
        Supplement = Make();
        Grant = Make();
        Pot = Make();
        Central = new long[years][];
        Fund = new long[years][];
        Gap = Make();
        Totals = Enumerable.Range(0, years).Select(_ => new YearTotals()).ToArray();
        Distributor = new CountDistributor(municipalities);
    }

    /// <summary>
    /// The input: persons housed per year for whom the onderwijsroute is set (the inflow by housing year). The name
    /// stays from before engine 2.0.0, when housing and start were taken to be one year.
    /// </summary>
    public long[][] Starters { get; }

    /// <summary>Of those housed in the year, the persons who start in the next year.</summary>
    public long[][] Deferred { get; }

    /// <summary>Persons whose traject starts in the year: housed in it and not deferred, plus those deferred from the year before.</summary>
    public long[][] Started { get; }

    /// <summary>In the supplement's first year: those housed the year before who start in it (between the schemes); 0 in other years.</summary>
    public long[][] BetweenSchemes { get; }

    public long[][] Active { get; }

    public long[][] YearEnd { get; }

    public long[][] Cost { get; }

    public long[][] Regular { get; }

    public long[][] Supplement { get; }

    public long[][] Grant { get; }

    public long[][] Pot { get; }

    /// <summary>The €24M per gemeente: the rates' own arrays (no draw changes them, so they are not copied; nobody writes them).</summary>
    public long[][] Central { get; }

    /// <summary>The gemeentefonds share per gemeente: the rates' own arrays, like <see cref="Central"/>.</summary>
    public long[][] Fund { get; }

    /// <summary>cost − all income; positive is a tekort, negative an overschot.</summary>
    public long[][] Gap { get; }

    /// <summary>Each year's national sums and gap statistics.</summary>
    public YearTotals[] Totals { get; }

    /// <summary>The capped pots' distribution with its scratch tables, reused across years and draws.</summary>
    public CountDistributor Distributor { get; }

    public long Income(int t, int g) => Regular[t][g] + Supplement[t][g] + Grant[t][g] + Pot[t][g] + Central[t][g] + Fund[t][g];
}
