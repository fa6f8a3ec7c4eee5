namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// How the expected definitive amount of the capped SPUK onderwijsroute and the gap move when the national count is
/// 10%, 25% and 50% lower or higher (issue 4), and the national count at which the gap would be zero.
/// </summary>
internal static class SensitivityAnalysis
{
    /// <summary>The changes of the national count the issue asks for, in percent.</summary>
    private static readonly int[] Changes = [-50, -25, -10, 10, 25, 50];

    public static List<YearSensitivity> For(IReadOnlyList<ForecastYear> years, IncomeEstimator income, CostSchedule schedule)
    {
        var result = new List<YearSensitivity>();
        for (var y = 0; y < years.Count; y++)
        {
            var forecastYear = years[y];
            if (!income.CappedYears.TryGetValue(forecastYear.Year, out var capped))
            {
                continue;
            }

            var own = income.OwnYearEndCount(y);

            // The gap without the capped SPUK; the definitive amount is what moves with the national count.
            var gapBefore = forecastYear.Shortfall + capped.Definitive;
            var variants = new List<SensitivityVariant>(Changes.Length);
            foreach (var change in Changes)
            {
                var national = Math.Max(own, (long)decimal.Round(capped.NationalCount * (100 + change) / 100m, MidpointRounding.AwayFromZero));
                var definitive = income.Definitive(y, capped.Budget, capped.Unit, Math.Max(national, 1));
                variants.Add(new SensitivityVariant(change, national, definitive, gapBefore - definitive));
            }

            result.Add(new YearSensitivity(forecastYear.Year, own, capped.NationalCount, variants, BreakEven(y, income, capped.Budget, capped.Unit, own, gapBefore)));
        }

        return result;
    }

    private static BreakEven BreakEven(int y, IncomeEstimator income, Money budget, Money unit, long own, Money gapBefore)
    {
        if (gapBefore <= Money.Zero)
        {
            return new BreakEven(BreakEvenKind.AlwaysCovered, null, "Zonder de SPUK onderwijsroute is er al geen tekort: bij elk landelijk aantal is het tekort nul of negatief.");
        }

        if (own == 0 || income.Definitive(y, budget, unit, own) < gapBefore)
        {
            return new BreakEven(BreakEvenKind.NeverReached, null, string.Create(CultureInfo.InvariantCulture, $"Zelfs het hele budget ({budget.Euros} euro, als alleen deze deelnemers meetellen) dekt het tekort niet."));
        }

        // The definitive amount falls as the national count rises; above 2 × budget units × own count it is 0.
        var low = own;
        var high = checked((2 * (budget.Cents / unit.Cents) * own) + 1);
        NarrowBracket(y, income, budget, unit, own, gapBefore, ref low, ref high);
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (income.Definitive(y, budget, unit, middle) >= gapBefore)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return new BreakEven(BreakEvenKind.Reached, low, string.Create(CultureInfo.InvariantCulture, $"Bij een landelijk aantal van ten hoogste {low} is het tekort nul of negatief (gevonden door halvering; een euro aan restverdeling kan de grens met één verschuiven)."));
    }

    /// <summary>
    /// Each gemeente's definitive amount lies within one unit of B·c/N, so the sum lies within <c>members</c> units of
    /// B·C/N: the break-even count lies between B·C/(R + members) and B·C/(R − members) for R units of gap. The
    /// candidates are checked exactly; a candidate that does not hold leaves the wide bracket in place.
    /// </summary>
    private static void NarrowBracket(int y, IncomeEstimator income, Money budget, Money unit, long own, Money gap, ref long low, ref long high)
    {
        var units = (Int128)(budget.Cents / unit.Cents) * own;
        var needed = (gap.Cents + unit.Cents - 1) / unit.Cents;
        var members = income.MemberCount;
        var lowCandidate = (long)Int128.Max(low, units / (needed + members));
        if (lowCandidate > low && income.Definitive(y, budget, unit, lowCandidate) >= gap)
        {
            low = lowCandidate;
        }

        if (needed > members)
        {
            var highCandidate = (long)Int128.Min(high, (units / (needed - members)) + 1);
            if (highCandidate > low && highCandidate < high && income.Definitive(y, budget, unit, highCandidate) < gap)
            {
                high = highCandidate;
            }
        }
    }
}
