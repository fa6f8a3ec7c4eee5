using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Settlement;

/// <summary>
/// A capped scheme opened for one budget year, after the checks every capped calculation shares (the scheme, its key,
/// the year, a budget given in the request); it owns the step the advance and the settlement both take: one weight per
/// gemeente → the capped distribution → one amount per gemeente, in code order.
/// </summary>
internal sealed class CappedScheme
{
    private CappedScheme(SchemeDefinition definition, int year, ParameterCatalogue catalogue)
    {
        Definition = definition;
        Year = year;
        Catalogue = catalogue;
    }

    public SchemeDefinition Definition { get; }

    public string Id => Definition.Id;

    public int Year { get; }

    /// <summary>The parameters with a budget given in the request as an override, so that the version records it.</summary>
    public ParameterCatalogue Catalogue { get; }

    /// <summary>
    /// Opens the scheme for a year, or adds why it cannot be opened: an unknown scheme or one without this calculation
    /// (<c>regeling</c>), a year it does not cover (<c>jaar</c>), a negative budget or one that is not a whole number of
    /// rounding units (<c>budget</c>).
    /// </summary>
    /// <returns>The opened scheme, or <c>null</c> when an error was added.</returns>
    public static CappedScheme? Open(ParameterCatalogue catalogue, string schemeId, int year, Money? budget, string requiredKey, string calculationName, InputErrorsBuilder errors)
    {
        // The budget's sign is checked on its own, so that a 400 names it beside a wrong scheme or year.
        var budgetValid = budget is not { Cents: < 0 };
        if (!budgetValid)
        {
            errors.Add("budget", InputMessages.Negative("Het budget"));
        }

        var scheme = catalogue.FindScheme(schemeId);
        if (scheme is not { IsFundingScheme: true })
        {
            errors.Add("regeling", InputMessages.UnknownScheme(schemeId, catalogue));
            return null;
        }

        if (scheme.FindParameter(ParameterNames.Budget) is null || scheme.FindParameter(requiredKey) is null)
        {
            errors.Add("regeling", $"Regeling '{schemeId}' kent geen {calculationName} uit een gemaximeerd budget.");
            return null;
        }

        if (!scheme.CoversYear(year))
        {
            errors.Add("jaar", InputMessages.YearOutsideScheme(scheme, year));
            return null;
        }

        if (!budgetValid)
        {
            return null;
        }

        var opened = new CappedScheme(scheme, year, budget is { } given ? WithBudget(catalogue, scheme.Id, year, given) : catalogue);
        if (BudgetError(opened.Catalogue, scheme.Id, year) is { } message)
        {
            errors.Add("budget", message);
            return null;
        }

        return opened;
    }

    /// <summary>Why the budget of a capped scheme for a year cannot be distributed, or <c>null</c>: it must be a whole number of rounding units.</summary>
    /// <param name="catalogue">The parameters (with any overrides).</param>
    /// <param name="schemeId">The scheme.</param>
    /// <param name="year">A year the scheme covers.</param>
    public static string? BudgetError(ParameterCatalogue catalogue, string schemeId, int year)
    {
        var budget = catalogue.ForYear(schemeId, ParameterNames.Budget, year).Value.AsMoney();
        var unit = catalogue.ForYear(schemeId, ParameterNames.RoundingUnit, year).Value.AsMoney();
        return budget.Cents % unit.Cents == 0 ? null : InputMessages.BudgetNotWholeUnits(budget, unit);
    }

    /// <summary>
    /// <see cref="BudgetError"/> of each capped scheme a forecast or scenario computes (the €35M, the €24M and the
    /// gemeentefonds addition) that covers the year, each prefixed with the scheme and the year.
    /// </summary>
    /// <param name="catalogue">The parameters (with any overrides).</param>
    /// <param name="year">The year.</param>
    public static IEnumerable<string> BudgetErrors(ParameterCatalogue catalogue, int year)
    {
        foreach (var schemeId in new[] { SchemeIds.EducationRouteGrant, SchemeIds.CentralMunicipalityGrant, SchemeIds.MunicipalFundAddition })
        {
            if (catalogue.FindScheme(schemeId) is { } scheme && scheme.CoversYear(year) && BudgetError(catalogue, schemeId, year) is { } message)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"Regeling '{schemeId}', {year}: {message}");
            }
        }
    }

    /// <summary>Whether the gemeenten of the reference data are known for the year; adds an error naming <c>jaar</c> when not.</summary>
    public bool CheckMunicipalitySet(ReferenceDataSet referenceData, InputErrorsBuilder errors)
    {
        if (referenceData.CoversYear(Year))
        {
            return true;
        }

        var meta = referenceData.Metadata;
        errors.Add("jaar", string.Create(CultureInfo.InvariantCulture, $"De gemeentelijke indeling {meta.IndelingYear} geldt voor {meta.ValidFromYear} tot en met {meta.ValidUntilYear}; voor {Year} zijn geen gemeenten bekend."));
        return false;
    }

    /// <summary>Starts the explanation of a calculation with this scheme's parameters.</summary>
    public ExplanationBuilder Explain() => new(Catalogue);

    /// <summary>The year's budget, recorded in the explanation.</summary>
    public Money Budget(ExplanationBuilder explanation) => explanation.ForYear(Id, ParameterNames.Budget, Year).AsMoney();

    /// <summary>The year's rounding unit, recorded in the explanation.</summary>
    public Money RoundingUnit(ExplanationBuilder explanation) => explanation.ForYear(Id, ParameterNames.RoundingUnit, Year).AsMoney();

    /// <summary>
    /// Distributes the budget over every gemeente by one weight per gemeente, both in code order (the order of the
    /// reference data's gemeenten): the amounts in cents at the same positions, from which a result makes its lines.
    /// </summary>
    /// <param name="budget">The budget.</param>
    /// <param name="unit">The rounding unit.</param>
    /// <param name="weights">The weight of each gemeente, at its position; none negative.</param>
    public static DistributedBudget Distribute(Money budget, Money unit, ReadOnlySpan<long> weights)
    {
        var amounts = CappedBudgetAllocator.AllocateCents(budget, unit, weights, out var totalWeight);
        return new DistributedBudget(amounts, totalWeight, totalWeight == 0 ? budget : Money.Zero);
    }

    /// <summary>The catalogue with a budget given in a request as the year's override (replacing an override of it the catalogue had).</summary>
    private static ParameterCatalogue WithBudget(ParameterCatalogue catalogue, string schemeId, int year, Money budget)
    {
        var overrides = catalogue.Overrides
            .Where(o => !(o.SchemeId == schemeId && o.ParameterName == ParameterNames.Budget && o.From.Year <= year && (o.Until is null || o.Until.Value.Year >= year)))
            .Append(ParameterOverride.ForYear(schemeId, ParameterNames.Budget, year, budget.Euros.ToString(CultureInfo.InvariantCulture), "budget opgegeven in de berekening"))
            .ToArray();
        return catalogue.WithOverrides(overrides);
    }
}
