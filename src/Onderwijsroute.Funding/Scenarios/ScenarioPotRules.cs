namespace Onderwijsroute.Funding.Scenarios;

/// <summary>A capped pot the scenario adds (<c>budgetpot</c>): whole euros per scenario year and a key it can be distributed by.</summary>
internal static class ScenarioPotRules
{
    private const decimal MaxPot = 10_000_000_000m;

    public static void Check(CappedPotInput? pot, ScenarioCheck check)
    {
        if (pot is null)
        {
            return;
        }

        var definition = check.Definition;
        check.Statement("budgetpot", pot.Status, pot.Source);
        definition.PotCents = new long[check.YearCount];
        if (pot.Key is not (ScenarioKeys.YearEndCount or ScenarioKeys.Inhabitants))
        {
            check.Error("budgetpot.verdeelsleutel", $"Moet '{ScenarioKeys.YearEndCount}' of '{ScenarioKeys.Inhabitants}' zijn.");
        }
        else
        {
            definition.PotKey = pot.Key;
        }

        if (pot.AmountPerYear is null || pot.AmountPerYear.Count == 0)
        {
            check.Error("budgetpot.bedragPerJaar", "Verplicht.");
            return;
        }

        foreach (var (year, amount) in pot.AmountPerYear)
        {
            var field = "budgetpot.bedragPerJaar." + year.ToString(CultureInfo.InvariantCulture);
            if (!check.InYears(year, field))
            {
                continue;
            }

            if (amount < 0 || amount != decimal.Truncate(amount) || amount > MaxPot)
            {
                check.Error(field, "Een geheel aantal euro's, niet negatief, ten hoogste 10 miljard.");
            }
            else
            {
                definition.PotCents[year - check.First] = Money.FromEuros(amount).Cents;
            }
        }
    }
}
