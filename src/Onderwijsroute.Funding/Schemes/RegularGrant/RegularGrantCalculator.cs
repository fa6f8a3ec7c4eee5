using System.Globalization;
using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding.Schemes.RegularGrant;

/// <summary>
/// The leerroute component of the regular SPUK for a gemeente and year (docs/domain.md §4): Σ over the housing cohorts
/// counted that year of count × the year's per-person amount × the profile share of that counting year.
/// </summary>
public static class RegularGrantCalculator
{
    /// <summary>Computes the leerroute component.</summary>
    /// <param name="catalogue">The parameters.</param>
    /// <param name="year">The budget (counting) year.</param>
    /// <param name="cohorts">Housing cohorts; cohorts outside the counting window of <paramref name="year"/> are not counted (and are noted).</param>
    /// <returns>The amount per cohort and in total.</returns>
    /// <exception cref="CalculationInputException">The year is not covered, a cohort is negative or a housing year repeats.</exception>
    public static RegularGrantResult Calculate(ParameterCatalogue catalogue, int year, IReadOnlyList<HousingCohort> cohorts)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(cohorts);
        var scheme = catalogue.FindScheme(SchemeIds.RegularGrant) ?? throw new InvalidDataException("The regular SPUK parameters are missing.");
        if (!scheme.CoversYear(year))
        {
            throw new CalculationInputException("jaar", $"Regeling '{scheme.Id}' geldt voor {scheme.FirstYear} tot en met {scheme.LastYear}, niet voor {year}.");
        }

        var explanation = new ExplanationBuilder(catalogue);
        var amount = explanation.ForYear(scheme.Id, ParameterNames.LearningRouteComponent, year).AsMoney();
        var unit = explanation.ForYear(scheme.Id, ParameterNames.RoundingUnit, year).AsMoney();
        var countingYears = (int)explanation.ForYear(scheme.Id, ParameterNames.CountingYears, year).AsInteger();
        var weights = new long[countingYears];
        for (var k = 0; k < countingYears; k++)
        {
            weights[k] = explanation.ForYear(scheme.Id, ParameterNames.ProfileWeightPrefix + (k + 1).ToString(CultureInfo.InvariantCulture), year).AsInteger();
        }

        var profileTotal = weights.Sum();
        var lines = new List<RegularGrantLine>();
        var total = Money.Zero;
        for (var i = 0; i < cohorts.Count; i++)
        {
            var cohort = cohorts[i];
            if (cohort.Count < 0)
            {
                throw new CalculationInputException($"cohorten[{i}].aantal", "Mag niet negatief zijn.");
            }

            if (cohorts.Take(i).Any(c => c.HousingYear == cohort.HousingYear))
            {
                throw new CalculationInputException($"cohorten[{i}].huisvestingsjaar", $"Huisvestingsjaar {cohort.HousingYear} komt meer dan eens voor.");
            }

            var countingYear = year - cohort.HousingYear + 1;
            if (countingYear < 1 || countingYear > countingYears)
            {
                explanation.Note($"Cohort {cohort.HousingYear} telt in {year} niet mee (telperiode {countingYears} jaar vanaf het jaar van huisvesting).");
                continue;
            }

            var weight = weights[countingYear - 1];
            var cents = profileTotal == 0 ? 0 : Rounding.RoundHalfAwayFromZero((Int128)cohort.Count * amount.Cents * weight, profileTotal, unit.Cents);
            var line = new RegularGrantLine(cohort.HousingYear, countingYear, cohort.Count, amount, weight, profileTotal, Money.FromCents(cents));
            lines.Add(line);
            total += line.Amount;
            explanation.Count($"cohort{cohort.HousingYear}", cohort.Count);
        }

        lines.Sort((a, b) => a.HousingYear.CompareTo(b.HousingYear));
        return new RegularGrantResult(year, lines, total, explanation.Build());
    }
}
