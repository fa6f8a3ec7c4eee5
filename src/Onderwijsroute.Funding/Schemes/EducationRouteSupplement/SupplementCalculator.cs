namespace Onderwijsroute.Funding.Schemes.EducationRouteSupplement;

/// <summary>
/// The onderwijsroute supplement inside the regular SPUK from 2026 (docs/domain.md §3.5): per person, the guaranteed
/// traject price indexed from its base year minus the regular leerroute component of the year, never negative.
/// </summary>
public static class SupplementCalculator
{
    /// <summary>Computes the supplement per person for a year.</summary>
    /// <param name="catalogue">The parameters.</param>
    /// <param name="year">The year of housing.</param>
    /// <returns>The supplement and its parts, or an error naming <c>jaar</c> when the scheme does not cover the year.</returns>
    public static Validated<SupplementResult> PerPerson(ParameterCatalogue catalogue, int year)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var scheme = catalogue.FindScheme(SchemeIds.EducationRouteSupplement) ?? throw new InvalidDataException("The supplement parameters are missing.");
        return scheme.CoversYear(year)
            ? Validated.Valid(Compute(catalogue, scheme, year))
            : Validated.Invalid<SupplementResult>(InputErrors.Of("jaar", InputMessages.YearOutsideScheme(scheme, year)));
    }

    private static SupplementResult Compute(ParameterCatalogue catalogue, SchemeDefinition scheme, int year)
    {

        var explanation = new ExplanationBuilder(catalogue);
        var basePrice = catalogue.ForYear(scheme.Id, ParameterNames.GuaranteedPrice, year);
        explanation.Use(basePrice);
        var unit = explanation.ForYear(scheme.Id, ParameterNames.RoundingUnit, year).AsMoney();

        // Compound the yearly indexation from the base price's first year (not before the scheme's) up to and including
        // the asked year, exactly. An override from before the scheme has no indexation there (a 500 before).
        var price = basePrice.Value.AsMoney().Euros;
        for (var y = Math.Max(basePrice.From.Year, scheme.FirstYear); y <= year; y++)
        {
            price *= 1m + explanation.ForYear(scheme.Id, ParameterNames.Indexation, y).AsFraction();
        }

        var guaranteed = Rounding.RoundHalfAwayFromZero(price, unit);
        var regular = explanation.ForYear(SchemeIds.RegularGrant, ParameterNames.LearningRouteComponent, year).AsMoney();
        var perPerson = Money.Max(Money.Zero, guaranteed - regular);
        return new SupplementResult(year, guaranteed, regular, perPerson, explanation.Build());
    }
}
