namespace Onderwijsroute.Funding.Schemes.RegularGrant;

/// <summary>
/// The leerroute component of the regular SPUK for a gemeente and year (docs/domain.md §4): Σ over the housing cohorts
/// counted that year of count × the year's per-person amount × the profile share of that counting year.
/// </summary>
public static class RegularGrantCalculator
{
    /// <summary>Computes the leerroute component, or names every input that cannot be used: a year the scheme does not cover, a negative cohort, a housing year given twice.</summary>
    /// <param name="catalogue">The parameters.</param>
    /// <param name="year">The budget (counting) year.</param>
    /// <param name="cohorts">Housing cohorts; cohorts outside the counting window of <paramref name="year"/> are not counted (and are noted).</param>
    /// <returns>The amount per cohort and in total, or the input errors.</returns>
    public static Validated<RegularGrantResult> Calculate(ParameterCatalogue catalogue, int year, IReadOnlyList<HousingCohort> cohorts)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(cohorts);
        var scheme = catalogue.FindScheme(SchemeIds.RegularGrant) ?? throw new InvalidDataException("The regular SPUK parameters are missing.");
        var errors = new InputErrorsBuilder();
        if (!scheme.CoversYear(year))
        {
            errors.Add("jaar", InputMessages.YearOutsideScheme(scheme, year));
        }
        else if (CountingPeriodError(catalogue, year) is { } counting)
        {
            errors.Add("overschrijvingen", counting);
        }

        for (var i = 0; i < cohorts.Count; i++)
        {
            if (cohorts[i].Count < 0)
            {
                errors.Add($"cohorten[{i}].aantal", InputMessages.Negative("Het aantal"));
            }

            for (var j = 0; j < i; j++)
            {
                if (cohorts[j].HousingYear == cohorts[i].HousingYear)
                {
                    errors.Add($"cohorten[{i}].huisvestingsjaar", InputMessages.Duplicate(cohorts[i].HousingYear.ToString(CultureInfo.InvariantCulture), $"cohorten[{j}]", "elk jaar"));
                    break;
                }
            }
        }

        return Validated.Unless<RegularGrantResult>(errors.ToErrors(), () => Compute(catalogue, year, cohorts));
    }

    /// <summary>
    /// Why the counting period of a year cannot be computed, or <c>null</c>: every counting year needs a profile
    /// weight, so an override that lengthens the period without adding weights is refused rather than failing later.
    /// </summary>
    internal static string? CountingPeriodError(ParameterCatalogue catalogue, int year)
    {
        var scheme = catalogue.FindScheme(SchemeIds.RegularGrant);
        if (scheme is null || !scheme.CoversYear(year))
        {
            return null;
        }

        var countingYears = catalogue.ForYear(scheme.Id, ParameterNames.CountingYears, year).Value.AsInteger();
        for (var k = 1; k <= countingYears; k++)
        {
            if (scheme.FindParameter(ParameterNames.ProfileWeightPrefix + k.ToString(CultureInfo.InvariantCulture)) is null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"Een telperiode van {countingYears} jaar vraagt een profielgewicht voor teljaar {k}; de reguliere SPUK kent er geen.");
            }
        }

        return null;
    }

    private static RegularGrantResult Compute(ParameterCatalogue catalogue, int year, IReadOnlyList<HousingCohort> cohorts)
    {
        var explanation = new ExplanationBuilder(catalogue);
        var rates = RegularGrantRates.For(catalogue, year);
        rates.Explain(explanation);
        var lines = new List<RegularGrantLine>();
        var total = Money.Zero;
        for (var i = 0; i < cohorts.Count; i++)
        {
            var cohort = cohorts[i];
            var countingYear = year - cohort.HousingYear + 1;
            if (countingYear < 1 || countingYear > rates.CountingYears)
            {
                explanation.Note($"Cohort {cohort.HousingYear} telt in {year} niet mee (telperiode {rates.CountingYears} jaar vanaf het jaar van huisvesting).");
                continue;
            }

            var line = new RegularGrantLine(cohort.HousingYear, countingYear, cohort.Count, rates.PerPerson, rates.Weight(countingYear), rates.ProfileTotal, rates.AmountFor(countingYear, cohort.Count));
            lines.Add(line);
            total += line.Amount;
            explanation.Count($"cohort{cohort.HousingYear}", cohort.Count);
        }

        lines.Sort((a, b) => a.HousingYear.CompareTo(b.HousingYear));
        return new RegularGrantResult(year, lines, total, rates.Unit, explanation.Build());
    }
}
