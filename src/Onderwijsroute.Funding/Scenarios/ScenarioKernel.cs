using System.Runtime.CompilerServices;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>The per-gemeente figures of every year of one computation, in cents (arrays [year][gemeente]).</summary>
internal sealed class KernelOutput
{
    public KernelOutput(int years, int municipalities)
    {
        long[][] Make() => Enumerable.Range(0, years).Select(_ => new long[municipalities]).ToArray();
        Starters = Make();
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
        Distributor = new CountDistributor(municipalities);
    }

    public long[][] Starters { get; }

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

    /// <summary>The capped pots' distribution with its scratch tables, reused across years and draws.</summary>
    public CountDistributor Distributor { get; }

    public long Income(int t, int g) => Regular[t][g] + Supplement[t][g] + Grant[t][g] + Pot[t][g] + Central[t][g] + Fund[t][g];
}

/// <summary>
/// Computes a scenario's money for given starters per year and gemeente, exactly in integer cents. The deterministic
/// run and every Monte Carlo draw go through this one kernel, so both apply the same rules and roundings.
/// </summary>
internal static class ScenarioKernel
{
    /// <summary>No price factor: one million parts per million.</summary>
    public const long NeutralPriceFactor = 1_000_000;

    /// <summary>Fills <paramref name="output"/> from its <see cref="KernelOutput.Starters"/>.</summary>
    /// <param name="rates">The resolved rates.</param>
    /// <param name="output">Starters in; every other figure out.</param>
    /// <param name="priceFactorPpm">A factor on the traject prices in parts per million (Monte Carlo price uncertainty).</param>
    /// <param name="prices">A buffer for the prices after the factor, [cohort][region].</param>
    public static void Compute(ScenarioRates rates, KernelOutput output, long priceFactorPpm, long[][] prices)
    {
        var years = rates.Years;
        for (var c = 0; c < years; c++)
        {
            ApplyPriceFactor(rates.PricePerCohortRegion[c], priceFactorPpm, prices[c]);
        }

        for (var t = 0; t < years; t++)
        {
            var cost = output.Cost[t];
            var regularIncome = output.Regular[t];
            var active = output.Active[t];
            var yearEnd = output.YearEnd[t];
            var regular = rates.Regular[t];

            // Cohort by cohort over all gemeenten, every part of a cohort in one pass: its months, price row and rate
            // tables are looked up once per year. The year's own cohort always has months in it (a traject starts in
            // the year) and comes first, setting every amount; older cohorts add to them.
            StartYear(
                output.Starters[t], prices[t], rates.RegionOf, rates.Months[t, t], rates.DurationDivisor, rates.InRouteAtYearEnd[t, t],
                RegularTable(rates, t, 0), regular.Length > 0 ? regular[0] : default, rates.SupplementTable[t], rates.Supplement[t], output, t);
            for (var c = t - 1; c >= 0; c--)
            {
                var months = rates.Months[c, t];
                var inRoute = rates.InRouteAtYearEnd[c, t];
                var table = RegularTable(rates, t, t - c);
                if (months > 0 || inRoute || table is not null)
                {
                    AddCohort(output.Starters[c], prices[c], rates.RegionOf, months, rates.DurationDivisor, inRoute, table, table is null ? default : regular[t - c], cost, active, yearEnd, regularIncome);
                }
            }

            Array.Copy(rates.CentralGrant[t], output.Central[t], rates.MunicipalityCount);
            Array.Copy(rates.FundAddition[t], output.Fund[t], rates.MunicipalityCount);
            Distribute(output, rates.EducationRouteGrant[t], yearEnd, output.Grant[t]);
            Distribute(output, rates.ScenarioPot[t], yearEnd, output.Pot[t]);
            Gaps(cost, regularIncome, output.Supplement[t], output.Grant[t], output.Pot[t], rates.FixedIncome[t], output.Gap[t]);
        }
    }

    /// <summary>The regular SPUK table of counting year k (0-based) in year t, or <c>null</c> if that year pays nothing.</summary>
    private static long[]? RegularTable(ScenarioRates rates, int t, int k) =>
        k < rates.Regular[t].Length && rates.Regular[t][k].UnitCents > 0 ? rates.RegularTable[t][k] : null;

    /// <summary>Round(price × factor, 10⁶, 1) with a constant divisor, which the JIT turns into a multiplication.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // A loop of its own: inlined into Compute its variables would not fit the registers.
    private static void ApplyPriceFactor(long[] source, long priceFactorPpm, long[] prices)
    {
        for (var r = 0; r < source.Length; r++)
        {
            prices[r] = priceFactorPpm == NeutralPriceFactor ? source[r] : checked((source[r] * priceFactorPpm) + (NeutralPriceFactor / 2)) / NeutralPriceFactor;
        }
    }

    /// <summary>
    /// The year's own cohort: sets every gemeente's cost and active participants, year-end count, regular SPUK and
    /// supplement. No branch on a zero count (a third of the gemeenten in a draw): every term is 0 for it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // A loop of its own: inlined into Compute its variables would not fit the registers.
    private static void StartYear(
        long[] starters, long[] price, int[] regionOf, long months, InvariantDivisor duration, bool inRoute,
        long[]? regularTable, RateCents regularRate, long[] supplementTable, RateCents supplementRate, KernelOutput output, int t)
    {
        long[] cost = output.Cost[t], active = output.Active[t], yearEnd = output.YearEnd[t], regular = output.Regular[t], supplement = output.Supplement[t];
        for (var g = 0; g < starters.Length; g++)
        {
            var count = starters[g];
            cost[g] = duration.RoundHalfUp(checked(count * price[regionOf[g]] * months));
            active[g] = count;
            yearEnd[g] = inRoute ? count : 0;
            regular[g] = regularTable is null ? 0 : PerPerson(count, regularTable, regularRate);
            supplement[g] = PerPerson(count, supplementTable, supplementRate);
        }
    }

    /// <summary>An older cohort: adds its months' cost and active participants, its year-end count and its regular SPUK.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // A loop of its own: inlined into Compute its variables would not fit the registers.
    private static void AddCohort(
        long[] starters, long[] price, int[] regionOf, long months, InvariantDivisor duration, bool inRoute,
        long[]? regularTable, RateCents regularRate, long[] cost, long[] active, long[] yearEnd, long[] regular)
    {
        for (var g = 0; g < starters.Length; g++)
        {
            var count = starters[g];
            if (months > 0)
            {
                cost[g] += duration.RoundHalfUp(checked(count * price[regionOf[g]] * months));
                active[g] += count;
            }

            if (inRoute)
            {
                yearEnd[g] += count;
            }

            if (regularTable is not null)
            {
                regular[g] += PerPerson(count, regularTable, regularRate);
            }
        }
    }

    /// <summary>A per-person amount for a count: tabulated below <see cref="ScenarioRates.TableSize"/>.</summary>
    private static long PerPerson(long count, long[] table, RateCents rate) =>
        count < ScenarioRates.TableSize ? table[count] : Round(checked(count * rate.Numerator), rate.Denominator, rate.UnitCents);

    /// <summary>cost − income per gemeente; <paramref name="fixedIncome"/> is the income no draw changes.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // A loop of its own: inlined into Compute its variables would not fit the registers.
    private static void Gaps(long[] cost, long[] regular, long[] supplement, long[] grant, long[] pot, long[] fixedIncome, long[] gap)
    {
        for (var g = 0; g < gap.Length; g++)
        {
            gap[g] = cost[g] - (regular[g] + supplement[g] + grant[g] + pot[g] + fixedIncome[g]);
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

        // The definitive amount of docs/domain.md §4: the pot by the count on 31 December, exact largest remainder, with
        // the allocator's result (the weights are already in code order).
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
        output.Distributor.Distribute((ulong)(pot.Budget.Cents / unit), yearEnd, total, target);
        for (var g = 0; g < target.Length; g++)
        {
            target[g] *= unit;
        }
    }
}
