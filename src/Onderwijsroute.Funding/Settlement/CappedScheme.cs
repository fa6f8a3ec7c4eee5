using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding.Settlement;

/// <summary>A capped scheme opened for one budget year, after the checks every capped calculation shares.</summary>
internal sealed class CappedScheme
{
    private CappedScheme(ParameterCatalogue catalogue, SchemeDefinition definition, int year)
    {
        Catalogue = catalogue;
        Definition = definition;
        Year = year;
    }

    public ParameterCatalogue Catalogue { get; }

    public SchemeDefinition Definition { get; }

    public string Id => Definition.Id;

    public int Year { get; }

    /// <summary>Checks that the scheme exists, has the key this calculation needs and covers the year.</summary>
    public static CappedScheme Open(ParameterCatalogue catalogue, string schemeId, int year, string requiredKey, string calculationName)
    {
        var scheme = catalogue.FindScheme(schemeId)
            ?? throw new CalculationInputException("regeling", $"Onbekende regeling '{schemeId}'; bekend zijn: {string.Join(", ", catalogue.Schemes.Select(s => s.Id))}.");
        if (scheme.FindParameter(ParameterNames.Budget) is null || scheme.FindParameter(requiredKey) is null)
        {
            throw new CalculationInputException("regeling", $"Regeling '{schemeId}' kent geen {calculationName} uit een gemaximeerd budget.");
        }

        if (!scheme.CoversYear(year))
        {
            throw new CalculationInputException("jaar", $"Regeling '{schemeId}' geldt voor {scheme.FirstYear} tot en met {scheme.LastYear}, niet voor {year}.");
        }

        return new CappedScheme(catalogue, scheme, year);
    }

    /// <summary>Starts the explanation; a budget given in the request becomes an override, so the version records it.</summary>
    public ExplanationBuilder Explain(Money? budget)
    {
        var catalogue = Catalogue;
        if (budget is { } given)
        {
            if (given.Cents < 0)
            {
                throw new CalculationInputException("budget", "Het budget mag niet negatief zijn.");
            }

            var overrides = catalogue.Overrides
                .Where(o => !(o.SchemeId == Id && o.ParameterName == ParameterNames.Budget && o.From.Year <= Year && (o.Until is null || o.Until.Value.Year >= Year)))
                .Append(ParameterOverride.ForYear(Id, ParameterNames.Budget, Year, given.Euros.ToString(System.Globalization.CultureInfo.InvariantCulture), "budget opgegeven in de berekening"))
                .ToArray();
            catalogue = catalogue.WithOverrides(overrides);
        }

        return new ExplanationBuilder(catalogue);
    }

    public Money Budget(ExplanationBuilder explanation)
    {
        var budget = explanation.ForYear(Id, ParameterNames.Budget, Year).AsMoney();
        var unit = explanation.Catalogue.ForYear(Id, ParameterNames.RoundingUnit, Year).Value.AsMoney();
        if (budget.Cents % unit.Cents != 0)
        {
            throw new CalculationInputException("budget", $"Het budget {budget.Euros} is geen geheel aantal afrondingseenheden van {unit.Euros} euro.");
        }

        return budget;
    }
}
