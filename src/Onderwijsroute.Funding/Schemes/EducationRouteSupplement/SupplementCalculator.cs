using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding.Schemes.EducationRouteSupplement;

/// <summary>The 2026+ supplement per person for one year, with its parts and explanation.</summary>
/// <param name="Year">The year of housing.</param>
/// <param name="GuaranteedPrice">The guaranteed traject price of that year, indexed and rounded.</param>
/// <param name="RegularComponent">The regular SPUK leerroute component of that year.</param>
/// <param name="PerPerson">max(0, guaranteed price − regular component).</param>
/// <param name="Explanation">Which parameters produced it.</param>
public sealed record SupplementResult(int Year, Money GuaranteedPrice, Money RegularComponent, Money PerPerson, Explanation Explanation)
{
    /// <summary>The supplement for a number of asielstatushouders housed in the year with the onderwijsroute as leerroute.</summary>
    /// <param name="count">The count, non-negative.</param>
    public Money ForCount(long count) => count >= 0 ? PerPerson * count : throw new ArgumentOutOfRangeException(nameof(count));
}

/// <summary>
/// The onderwijsroute supplement inside the regular SPUK from 2026 (docs/domain.md §3.5): per person, the guaranteed
/// traject price indexed from its base year minus the regular leerroute component of the year, never negative.
/// </summary>
public static class SupplementCalculator
{
    /// <summary>Computes the supplement per person for a year.</summary>
    /// <param name="catalogue">The parameters.</param>
    /// <param name="year">The year of housing.</param>
    /// <returns>The supplement and its parts.</returns>
    /// <exception cref="CalculationInputException">The scheme does not cover the year.</exception>
    public static SupplementResult PerPerson(ParameterCatalogue catalogue, int year)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var scheme = catalogue.FindScheme(SchemeIds.EducationRouteSupplement) ?? throw new InvalidDataException("The supplement parameters are missing.");
        if (!scheme.CoversYear(year))
        {
            throw new CalculationInputException("jaar", $"Regeling '{scheme.Id}' geldt voor {scheme.FirstYear} tot en met {scheme.LastYear}, niet voor {year}.");
        }

        var explanation = new ExplanationBuilder(catalogue);
        var basePrice = catalogue.ForYear(scheme.Id, ParameterNames.GuaranteedPrice, year);
        explanation.Use(basePrice);
        var unit = explanation.ForYear(scheme.Id, ParameterNames.RoundingUnit, year).AsMoney();

        // Compound the yearly indexation from the base price's first year up to and including the asked year, exactly.
        var price = basePrice.Value.AsMoney().Euros;
        for (var y = basePrice.From.Year; y <= year; y++)
        {
            price *= 1m + explanation.ForYear(scheme.Id, ParameterNames.Indexation, y).AsFraction();
        }

        var guaranteed = Rounding.RoundHalfAwayFromZero(price, unit);
        var regular = explanation.ForYear(SchemeIds.RegularGrant, ParameterNames.LearningRouteComponent, year).AsMoney();
        var perPerson = Money.Max(Money.Zero, guaranteed - regular);
        return new SupplementResult(year, guaranteed, regular, perPerson, explanation.Build());
    }
}
