using Onderwijsroute.Funding.Allocation;

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
        Central = Make();
        Fund = Make();
        Gap = Make();
        ReceivesExtra = new bool[municipalities];
        Remainders = new ulong[municipalities];
        Keys = new ulong[municipalities];
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

    public long[][] Central { get; }

    public long[][] Fund { get; }

    /// <summary>cost − all income; positive is a tekort, negative an overschot.</summary>
    public long[][] Gap { get; }

    public bool[] ReceivesExtra { get; }

    /// <summary>Scratch for the distribution's remainders, reused across years and draws.</summary>
    public ulong[] Remainders { get; }

    /// <summary>Scratch for the distribution's ordering keys.</summary>
    public ulong[] Keys { get; }

    public long Income(int t, int g) => Regular[t][g] + Supplement[t][g] + Grant[t][g] + Pot[t][g] + Central[t][g] + Fund[t][g];
}

/// <summary>
/// Computes a scenario's money for given persons housed per year and gemeente, exactly in integer cents. The
/// deterministic run and every Monte Carlo draw go through this one kernel, so both apply the same rules and roundings.
/// Housing maps to the start as <see cref="Forecasts.HousingToStart"/> says (docs/domain.md §4.8): cost follows the
/// start, the regular SPUK and the supplement follow housing, the year-end count follows the year's count rule.
/// </summary>
internal static class ScenarioKernel
{
    /// <summary>No price factor: one million parts per million.</summary>
    public const long NeutralPriceFactor = 1_000_000;

    /// <summary>Fills <paramref name="output"/> from its <see cref="KernelOutput.Starters"/>.</summary>
    /// <param name="rates">The resolved rates.</param>
    /// <param name="output">Persons housed in; every other figure out.</param>
    /// <param name="priceFactorPpm">A factor on the traject prices in parts per million (Monte Carlo price uncertainty).</param>
    /// <param name="prices">A buffer for the prices after the factor, [cohort][region].</param>
    public static void Compute(ScenarioRates rates, KernelOutput output, long priceFactorPpm, long[][] prices)
    {
        var years = rates.Years;
        var m = rates.MunicipalityCount;
        for (var c = 0; c < years; c++)
        {
            var source = rates.PricePerCohortRegion[c];
            for (var r = 0; r < source.Length; r++)
            {
                prices[c][r] = priceFactorPpm == NeutralPriceFactor ? source[r] : Round(checked(source[r] * priceFactorPpm), NeutralPriceFactor, 1);
            }
        }

        // Housing to start: of those housed in year c, round(housed × share) start in c + 1 (whole people, halves to even).
        for (var c = 0; c < years; c++)
        {
            var housed = output.Starters[c];
            var deferred = output.Deferred[c];
            var started = output.Started[c];
            var share = rates.NextYearShare[c];
            var fromBefore = c > 0 ? output.Deferred[c - 1] : null;
            for (var g = 0; g < m; g++)
            {
                deferred[g] = share == 0 ? 0 : Forecasts.HousingToStart.Deferred(housed[g], share);
                started[g] = housed[g] - deferred[g] + (fromBefore is null ? 0 : fromBefore[g]);
            }

            if (c == rates.SupplementFirstIndex)
            {
                Array.Copy(fromBefore!, output.BetweenSchemes[c], m);
            }
            else
            {
                Array.Clear(output.BetweenSchemes[c]);
            }
        }

        var duration = rates.Duration;
        var regionOf = rates.RegionOf;
        for (var t = 0; t < years; t++)
        {
            var cost = output.Cost[t];
            var regularIncome = output.Regular[t];
            var active = output.Active[t];
            var yearEnd = output.YearEnd[t];
            Array.Clear(cost);
            Array.Clear(regularIncome);
            Array.Clear(active);
            Array.Clear(yearEnd);
            var regular = rates.Regular[t];

            // Cohort by cohort over all gemeenten: the cohort's months, price row and rate table are looked up once. Cost and
            // the running count follow the start cohort, the regular SPUK the housing cohort.
            for (var c = 0; c <= t; c++)
            {
                var starters = output.Started[c];
                var housedCohort = output.Starters[c];
                var months = rates.Months[c, t];
                var inRoute = rates.InRouteAtYearEnd[c, t];
                var k = t - c;
                var rate = k < regular.Length && regular[k].UnitCents > 0 ? regular[k] : default;
                var table = rate.UnitCents > 0 ? rates.RegularTable[t][k] : null;
                var price = prices[c];
                if (months == 0 && !inRoute && table is null)
                {
                    continue;
                }

                for (var g = 0; g < m; g++)
                {
                    var count = starters[g];
                    if (count != 0)
                    {
                        if (months > 0)
                        {
                            cost[g] += Round(checked(count * price[regionOf[g]] * months), duration, 1);
                            active[g] += count;
                        }

                        if (inRoute)
                        {
                            yearEnd[g] += count;
                        }
                    }

                    var housedCount = housedCohort[g];
                    if (table is not null && housedCount != 0)
                    {
                        regularIncome[g] += housedCount < ScenarioRates.TableSize ? table[housedCount] : Round(checked(housedCount * rate.Numerator), rate.Denominator, rate.UnitCents);
                    }
                }
            }

            // pip-onderwijsroute: those housed this year who start next year count too (their PIP is set, they wait).
            if (rates.CountsWaiting[t])
            {
                var waiting = output.Deferred[t];
                for (var g = 0; g < m; g++)
                {
                    yearEnd[g] += waiting[g];
                }
            }

            var supplement = rates.Supplement[t];
            var supplementTable = rates.SupplementTable[t];
            var own = output.Starters[t];
            var paid = output.Supplement[t];
            for (var g = 0; g < m; g++)
            {
                paid[g] = own[g] < ScenarioRates.TableSize ? supplementTable[own[g]] : Round(checked(own[g] * supplement.Numerator), supplement.Denominator, supplement.UnitCents);
            }

            Array.Copy(rates.CentralGrant[t], output.Central[t], m);
            Array.Copy(rates.FundAddition[t], output.Fund[t], m);
            Distribute(output, rates.EducationRouteGrant[t], output.YearEnd[t], output.Grant[t]);
            Distribute(output, rates.ScenarioPot[t], output.YearEnd[t], output.Pot[t]);
            for (var g = 0; g < m; g++)
            {
                output.Gap[t][g] = output.Cost[t][g] - output.Income(t, g);
            }
        }
    }

    /// <summary><c>value ÷ denominator</c> rounded half away from zero to a multiple of <paramref name="unit"/>; value ≥ 0.</summary>
    public static long Round(long value, long denominator, long unit)
    {
        if (unit == 0)
        {
            return 0;
        }

        var scaled = denominator * unit;
        var quotient = Math.DivRem(value, scaled, out var remainder);
        return (quotient + (remainder * 2 >= scaled ? 1 : 0)) * unit;
    }

    private static void Distribute(KernelOutput output, PotRate? pot, long[] yearEnd, long[] target)
    {
        if (pot is null)
        {
            Array.Clear(target);
            return;
        }

        if (pot.FixedAmounts is { } fixedAmounts)
        {
            Array.Copy(fixedAmounts, target, target.Length);
            return;
        }

        // The definitive amount of docs/domain.md §4: the pot by the count on 31 December, exact largest remainder, through
        // the allocator's core (the weights are already in code order).
        var total = 0L;
        foreach (var count in yearEnd)
        {
            total += count;
        }

        if (total == 0)
        {
            Array.Clear(target);
            return;
        }

        var unit = pot.Unit.Cents;
        CappedBudgetAllocator.DistributeUnits((ulong)(pot.Budget.Cents / unit), yearEnd, total, target, output.ReceivesExtra, output.Remainders, output.Keys);
        for (var g = 0; g < target.Length; g++)
        {
            target[g] *= unit;
        }
    }
}
