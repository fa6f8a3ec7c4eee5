namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// A year's national sums and gap statistics, added up by the kernel while it computes the gemeenten's amounts (a
/// Monte Carlo draw would otherwise read every array of every year a second time just to add it up).
/// </summary>
internal sealed class YearTotals
{
    /// <summary>Persons housed in the year (the inflow).</summary>
    public long Starters { get; set; }

    /// <summary>Persons whose traject starts in the year.</summary>
    public long Started { get; set; }

    /// <summary>Those between the schemes (the supplement's first year only).</summary>
    public long BetweenSchemes { get; set; }

    public long Active { get; set; }

    public long YearEnd { get; set; }

    public long Cost { get; set; }

    public long Regular { get; set; }

    public long Supplement { get; set; }

    public long Grant { get; set; }

    public long Pot { get; set; }

    public long Central { get; set; }

    public long Fund { get; set; }

    /// <summary>The sum of the gaps of the gemeenten with a gap.</summary>
    public long Shortfall { get; set; }

    /// <summary>The sum of the surpluses (positive).</summary>
    public long Surplus { get; set; }

    public long WithShortfall { get; set; }

    public long GapMin { get; set; }

    public long GapMax { get; set; }
}
