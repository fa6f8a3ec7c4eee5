using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// What every part of the scenario check needs while it fills in a <see cref="ScenarioDefinition"/>: the reference
/// data, the scenario's years and a place to add errors, with the small rules every block shares.
/// </summary>
internal sealed class ScenarioCheck(ScenarioDefinition definition, ReferenceDataSet data, InputErrorsBuilder errors, int first, int last, bool yearsValid)
{
    /// <summary>
    /// The most a price or a guaranteed price may be, in euros: the bound of every amount per person (a guaranteed price
    /// per level becomes an override; €10 million per traject times the participant bound overflowed an analysis).
    /// </summary>
    private const decimal MaxPrice = ParameterCatalogue.MaxOverrideEurosPerPerson;

    /// <summary>The most a price may be, in cents, also after indexation.</summary>
    public const decimal MaxPriceCents = MaxPrice * 100;

    public ScenarioDefinition Definition => definition;

    public ReferenceDataSet Data => data;

    public int First => first;

    public int Last => last;

    /// <summary>The number of scenario years, 0 when the years themselves are wrong.</summary>
    public int YearCount => yearsValid ? last - first + 1 : 0;

    public void Error(string path, string message) => errors.Add(path, message);

    /// <summary>Whether a year lies in the scenario; adds an error naming the field when it does not.</summary>
    public bool InYears(int year, string field)
    {
        if (yearsValid && year >= first && year <= last)
        {
            return true;
        }

        // Without valid years the error is reported at jaren; a year cannot be judged against them.
        if (!yearsValid)
        {
            return false;
        }

        Error(field, InputMessages.OutsideYears(year, first, last));
        return false;
    }

    /// <summary>Every scenario assumption carries a status and a source, like a parameter value.</summary>
    public void Statement(string block, IStatedAssumption stated)
    {
        if (!ParameterStatusNames.TryParse(stated.Status, out _))
        {
            Error(block + ".status", "Verplicht: 'bevestigd', 'secundair', 'afgeleid' of 'aanname'.");
        }

        if (string.IsNullOrWhiteSpace(stated.Bron))
        {
            Error(block + ".bron", "Verplicht: de bron of de redenering.");
        }
    }

    /// <summary>A price in cents: required, 0 to 10 million euros with at most two decimals; 0 after an error.</summary>
    public long Price(decimal? euros, string field)
    {
        if (euros is null)
        {
            return Missing(field);
        }

        if (euros < 0 || euros > MaxPrice || !Money.TryFromEuros(euros.Value, out var money))
        {
            Error(field, "Een bedrag in euro's met ten hoogste twee decimalen, 0 tot en met 1 miljoen.");
            return 0;
        }

        return money.Cents;
    }

    public long Missing(string field)
    {
        Error(field, "Verplicht.");
        return 0;
    }
}
