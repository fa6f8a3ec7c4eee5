using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Onderwijsroute.Funding.Scenarios;

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
        for (var c = 0; c < years; c++)
        {
            ApplyPriceFactor(rates.PricePerCohortRegion[c], priceFactorPpm, prices[c]);
        }

        // Housing to start: of those housed in year c, round(housed × share) start in c + 1 (whole people, halves to even).
        for (var c = 0; c < years; c++)
        {
            var housed = output.Starters[c];
            var deferred = output.Deferred[c];
            var started = output.Started[c];
            var share = rates.NextYearShare[c];
            var table = rates.DeferredTable[c];
            var fromBefore = c > 0 ? output.Deferred[c - 1] : null;
            long housedTotal = 0, startedTotal = 0;
            for (var g = 0; g < housed.Length; g++)
            {
                // Tabulated: the rounding's data-dependent branches mispredicted about every other gemeente.
                var count = housed[g];
                deferred[g] = count < table.Length ? table[count] : Forecasts.HousingToStart.Deferred(count, share);
                started[g] = housed[g] - deferred[g] + (fromBefore is null ? 0 : fromBefore[g]);
                housedTotal += housed[g];
                startedTotal += started[g];
            }

            var totals = output.Totals[c];
            totals.Starters = housedTotal;
            totals.Started = startedTotal;
            if (c == rates.SupplementFirstIndex)
            {
                Array.Copy(fromBefore!, output.BetweenSchemes[c], housed.Length);
                totals.BetweenSchemes = fromBefore!.Sum();
            }
            else
            {
                Array.Clear(output.BetweenSchemes[c]);
                totals.BetweenSchemes = 0;
            }
        }

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
            var totals = output.Totals[t];

            // Cohort by cohort over all gemeenten: the cohort's months, price row and rate table are looked up once.
            // One simple loop per part, each adding up what it adds: a loop that did every part of a cohort at once ran
            // slower, because its many variables did not fit the processor's registers. Cost and the running count follow
            // the start cohort, the regular SPUK the housing cohort.
            long costTotal = 0, activeTotal = 0, yearEndTotal = 0, regularTotal = 0;
            for (var c = 0; c <= t; c++)
            {
                var started = output.Started[c];
                var housed = output.Starters[c];
                var months = rates.Months[c, t];
                var k = t - c;
                var atYearEnd = rates.InRouteAtYearEnd[c, t];
                if (months > 0)
                {
                    costTotal += AddCost(started, prices[c], rates.RegionOf, months, rates.DurationDivisor, cost);
                    activeTotal += Add(started, active);
                    yearEndTotal += atYearEnd ? Add(started, yearEnd) : 0;
                }
                else if (atYearEnd)
                {
                    yearEndTotal += Add(started, yearEnd);
                }

                if (k < regular.Length && regular[k].UnitCents > 0)
                {
                    regularTotal += AddPerPerson(housed, rates.RegularTable[t][k], regular[k], regularIncome);
                }
            }

            // pip-onderwijsroute: those housed this year who start next year count too (their PIP is set, they wait).
            if (rates.CountsWaiting[t])
            {
                yearEndTotal += Add(output.Deferred[t], yearEnd);
            }

            var paid = output.Supplement[t];
            Array.Clear(paid);
            totals.Supplement = rates.Supplement[t].Numerator == 0 ? 0 : AddPerPerson(output.Starters[t], rates.SupplementTable[t], rates.Supplement[t], paid);
            output.Central[t] = rates.CentralGrant[t];
            output.Fund[t] = rates.FundAddition[t];
            totals.Cost = costTotal;
            totals.Active = activeTotal;
            totals.YearEnd = yearEndTotal;
            totals.Regular = regularTotal;
            totals.Central = rates.CentralTotal[t];
            totals.Fund = rates.FundTotal[t];
            totals.Grant = Distribute(output, rates.EducationRouteGrant[t], yearEnd, yearEndTotal, output.Grant[t]);
            totals.Pot = Distribute(output, rates.ScenarioPot[t], yearEnd, yearEndTotal, output.Pot[t]);
            GapPass.Compute(cost, regularIncome, paid, output.Grant[t], output.Pot[t], rates.FixedIncome[t], output.Gap[t], totals);
        }
    }

    /// <summary>Round(price × factor, 10⁶, 1) with a constant divisor, which the JIT turns into a multiplication.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ApplyPriceFactor(long[] source, long priceFactorPpm, long[] prices)
    {
        for (var r = 0; r < source.Length; r++)
        {
            prices[r] = priceFactorPpm == NeutralPriceFactor ? source[r] : checked((source[r] * priceFactorPpm) + (NeutralPriceFactor / 2)) / NeutralPriceFactor;
        }
    }

    /// <summary>
    /// The cost of one cohort's months in the year. No branch on a zero count (a third of the gemeenten in a draw): every
    /// term is 0 for it. The running counts are added apart (<see cref="Add"/>), eight gemeenten at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // Each loop compiled on its own keeps its variables in registers.
    private static long AddCost(long[] starters, long[] price, int[] regionOf, long months, InvariantDivisor duration, long[] cost)
    {
        long costTotal = 0;
        for (var g = 0; g < starters.Length; g++)
        {
            var amount = duration.RoundHalfUp(checked(starters[g] * price[regionOf[g]] * months));
            cost[g] += amount;
            costTotal += amount;
        }

        return costTotal;
    }

    /// <summary>
    /// Adds counts of persons into <paramref name="into"/> and returns their sum, eight at a time where the machine has
    /// 512-bit vectors. Without overflow checks: a year's count is at most 10,000,000 × 20 persons (the rules' bound on a
    /// year's participants, and a draw's largest multiple), so no sum of a few cohorts comes near 2⁶³.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Add(long[] counts, long[] into)
    {
        var n = Math.Min(counts.Length, into.Length);
        var sum = Vector512<long>.Zero;
        var g = 0;
        unchecked
        {
            if (Vector512.IsHardwareAccelerated)
            {
                for (; g <= n - Vector512<long>.Count; g += Vector512<long>.Count)
                {
                    var count = Vector512.Create<long>(counts.AsSpan(g));
                    (Vector512.Create<long>(into.AsSpan(g)) + count).CopyTo(into, g);
                    sum += count;
                }
            }

            var total = Vector512.Sum(sum);
            for (; g < n; g++)
            {
                into[g] += counts[g];
                total += counts[g];
            }

            return total;
        }
    }

    /// <summary>A per-person amount for every gemeente's count: tabulated below <see cref="ScenarioRates.TableSize"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long AddPerPerson(long[] counts, long[] table, RateCents rate, long[] into)
    {
        var total = 0L;
        for (var g = 0; g < counts.Length; g++)
        {
            var count = counts[g];
            var amount = count < ScenarioRates.TableSize ? table[count] : Round(checked(count * rate.Numerator), rate.Denominator, rate.UnitCents);
            into[g] += amount;
            total += amount;
        }

        return total;
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

    /// <summary>Fills a pot's amount per gemeente; returns the pot's total.</summary>
    private static long Distribute(KernelOutput output, PotRate? pot, long[] yearEnd, long yearEndTotal, long[] target)
    {
        if (pot is null)
        {
            Array.Clear(target);
            return 0;
        }

        if (pot.FixedAmounts is { } fixedAmounts)
        {
            Array.Copy(fixedAmounts, target, target.Length);
            return fixedAmounts.Sum();
        }

        // The definitive amount of docs/domain.md §4: the pot by the count on 31 December, exact largest remainder, with
        // the allocator's result (the weights are already in code order). It hands out the whole budget.
        if (yearEndTotal == 0)
        {
            Array.Clear(target);
            return 0;
        }

        var unit = pot.Unit.Cents;
        output.Distributor.Distribute((ulong)(pot.Budget.Cents / unit), unit, yearEnd, yearEndTotal, target);
        return pot.Budget.Cents;
    }
}
