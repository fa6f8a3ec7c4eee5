using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// The national figures of a scenario year (Dutch: <em>landelijke kengetallen</em>), by their API names. Every figure is
/// an integer: a count, or cents for money. Each money figure is the exact sum over the gemeenten, except the
/// per-participant figure and the gap distribution, which are derived from those sums and lines.
/// </summary>
public static class ScenarioFigures
{
    /// <summary>The inflow: persons housed in the year for whom the onderwijsroute is set.</summary>
    public const string Starters = "deelnemersInstroom";

    /// <summary>Participants starting a traject in the year (housed in it or the year before).</summary>
    public const string Started = "deelnemersStart";

    /// <summary>Participants with traject months in the year.</summary>
    public const string Active = "deelnemersActief";

    /// <summary>Participants counted on 31 December, by the year's count rule (docs/domain.md §4.4).</summary>
    public const string YearEnd = "aantalEindeJaar";

    /// <summary>In the supplement's first year: persons housed the year before who start in it, between the schemes.</summary>
    public const string BetweenSchemes = "instroomTussenRegelingen";

    /// <summary>Prefix of the Rijk's spending per scheme, followed by the scheme id.</summary>
    public const string SpendingPrefix = "uitgavenRijk.";

    /// <summary>The Rijk's spending on the onderwijsroute, all schemes.</summary>
    public const string SpendingTotal = "uitgavenRijkTotaal";

    /// <summary>The gemeenten's cost of the trajecten.</summary>
    public const string Cost = "kostenGemeenten";

    /// <summary>The gemeenten's income attributable to the onderwijsroute.</summary>
    public const string Income = "inkomstenGemeenten";

    /// <summary>Cost − income, nationally (positive: a net gap).</summary>
    public const string Balance = "saldo";

    /// <summary>The sum of the gaps of the gemeenten with a gap.</summary>
    public const string Shortfall = "tekortTotaal";

    /// <summary>The sum of the surpluses of the gemeenten with a surplus (positive).</summary>
    public const string Surplus = "overschotTotaal";

    /// <summary>The national balance per active participant, in cents rounded half away from zero; 0 without participants.</summary>
    public const string BalancePerParticipant = "tekortPerDeelnemer";

    /// <summary>The capped SPUK onderwijsroute per person counted on 31 December (its spending ÷ the count, in cents); 0 outside its years.</summary>
    public const string GrantPerPerson = "spukOnderwijsroutePerPersoon";

    /// <summary>The number of gemeenten whose cost exceeds their income.</summary>
    public const string MunicipalitiesWithShortfall = "gemeentenMetTekort";

    /// <summary>The lowest gap of a gemeente (negative: a surplus).</summary>
    public const string GapMin = "tekortGemeenteMin";

    /// <summary>The 10th percentile (nearest rank) of the gemeenten's gaps.</summary>
    public const string GapP10 = "tekortGemeenteP10";

    /// <summary>The median (nearest rank) of the gemeenten's gaps.</summary>
    public const string GapMedian = "tekortGemeenteMediaan";

    /// <summary>The 90th percentile (nearest rank) of the gemeenten's gaps.</summary>
    public const string GapP90 = "tekortGemeenteP90";

    /// <summary>The highest gap of a gemeente.</summary>
    public const string GapMax = "tekortGemeenteMax";

    /// <summary>The schemes the Rijk spends through, in reporting order (the scenario's own pot last).</summary>
    public static IReadOnlyList<string> SpendingSchemes { get; } =
        [SchemeIds.RegularGrant, SchemeIds.EducationRouteSupplement, SchemeIds.EducationRouteGrant, SchemeIds.CentralMunicipalityGrant, SchemeIds.MunicipalFundAddition, ScenarioKeys.PotSchemeId];

    /// <summary>Every figure name in reporting order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Starters, Started, Active, YearEnd, BetweenSchemes, .. SpendingSchemes.Select(s => SpendingPrefix + s), SpendingTotal, Cost, Income, Balance, Shortfall, Surplus, BalancePerParticipant, GrantPerPerson, MunicipalitiesWithShortfall, GapMin, GapP10, GapMedian, GapP90, GapMax];

    /// <summary>Whether a figure is money (cents) rather than a count.</summary>
    /// <param name="name">A name from <see cref="All"/>.</param>
    public static bool IsMoney(string name) => name is not (Starters or Started or Active or YearEnd or BetweenSchemes or MunicipalitiesWithShortfall);

    /// <summary>Whether adding the figure over years means something (a total); counts of gemeenten and percentiles do not add.</summary>
    /// <param name="name">A name from <see cref="All"/>.</param>
    public static bool IsAdditive(string name) =>
        name is Starters or Started or BetweenSchemes or Cost or Income or Balance or Shortfall or Surplus or SpendingTotal || name.StartsWith(SpendingPrefix, StringComparison.Ordinal);

    /// <summary>The nearest-rank percentile position (0-based) in a sorted list of <paramref name="count"/> values.</summary>
    internal static int NearestRank(int percent, int count) => Math.Max(0, ((percent * count) + 99) / 100 - 1);

    /// <summary>
    /// Computes every figure of year <paramref name="t"/> into <paramref name="into"/> (order of <see cref="All"/>);
    /// <paramref name="sortBuffer"/> holds two values per gemeente (the gaps and the selection's scratch, reused rather than
    /// zeroed on the stack every year of every draw).
    /// </summary>
    internal static void Compute(KernelOutput o, int t, long[] into, long[] sortBuffer)
    {
        // The kernel added the sums up while it computed the amounts.
        var totals = o.Totals[t];
        var (starters, started, between, active, yearEnd) = (totals.Starters, totals.Started, totals.BetweenSchemes, totals.Active, totals.YearEnd);
        var (cost, regular, supplement, grant, pot, central, fund) = (totals.Cost, totals.Regular, totals.Supplement, totals.Grant, totals.Pot, totals.Central, totals.Fund);
        var (shortfall, surplus, withShortfall, min, max) = (totals.Shortfall, totals.Surplus, totals.WithShortfall, totals.GapMin, totals.GapMax);
        var gaps = o.Gap[t];
        var n = gaps.Length;
        var income = regular + supplement + grant + pot + central + fund;
        var balance = cost - income;

        // Only three order statistics are needed: select them (exact, O(n)) instead of sorting every year of every draw.
        gaps.CopyTo(sortBuffer, 0);
        var p10 = NearestRank(10, n);
        var p50 = NearestRank(50, n);
        var p90 = NearestRank(90, n);
        Span<long> percentiles = stackalloc long[3];
        OrderStatistics.Select(sortBuffer.AsSpan(0, n), sortBuffer.AsSpan(n, n), [p10, p50, p90], percentiles);
        var i = 0;
        into[i++] = starters;
        into[i++] = started;
        into[i++] = active;
        into[i++] = yearEnd;
        into[i++] = between;
        into[i++] = regular;
        into[i++] = supplement;
        into[i++] = grant;
        into[i++] = central;
        into[i++] = fund;
        into[i++] = pot;
        into[i++] = income;
        into[i++] = cost;
        into[i++] = income;
        into[i++] = balance;
        into[i++] = shortfall;
        into[i++] = surplus;
        into[i++] = active == 0 ? 0 : Math.Sign(balance) * ScenarioKernel.Round(Math.Abs(balance), active, 1);
        into[i++] = yearEnd == 0 ? 0 : ScenarioKernel.Round(grant, yearEnd, 1);
        into[i++] = withShortfall;
        into[i++] = min;
        into[i++] = percentiles[0];
        into[i++] = percentiles[1];
        into[i++] = percentiles[2];
        into[i] = max;
    }
}
