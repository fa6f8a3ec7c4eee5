using Onderwijsroute.Funding.Scenarios.Documents;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Schemes.EducationRouteGrant;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>A capped pot the scenario adds (<c>budgetpot</c>): whole euros per scenario year and a key it can be distributed by.</summary>
internal static class ScenarioPotRules
{
    private const decimal MaxPot = 10_000_000_000m;

    public static void Check(PotDocument? pot, ScenarioCheck check)
    {
        if (pot is null)
        {
            return;
        }

        var definition = check.Definition;
        check.Statement("budgetpot", pot);
        definition.PotCents = new long[check.YearCount];
        if (pot.Verdeelsleutel is not (ScenarioKeys.YearEndCount or ScenarioKeys.Inhabitants))
        {
            check.Error("budgetpot.verdeelsleutel", $"Moet '{ScenarioKeys.YearEndCount}' of '{ScenarioKeys.Inhabitants}' zijn.");
        }
        else
        {
            definition.PotKey = pot.Verdeelsleutel;
        }

        if (pot.Telling is not null && (pot.Verdeelsleutel != ScenarioKeys.YearEndCount || !YearEndCounts.TryParse(pot.Telling, out _)))
        {
            check.Error("budgetpot.telling", $"'{ParameterNames.CountEducationRouteInPlan}' of '{ParameterNames.CountRunningTrajectory}', alleen bij verdeelsleutel '{ScenarioKeys.YearEndCount}'.");
        }
        else if (YearEndCounts.TryParse(pot.Telling, out var count))
        {
            definition.PotCount = count;
        }

        if (pot.BedragPerJaar is null || pot.BedragPerJaar.Count == 0)
        {
            check.Error("budgetpot.bedragPerJaar", "Verplicht.");
            return;
        }

        foreach (var (year, amount) in pot.BedragPerJaar)
        {
            var field = "budgetpot.bedragPerJaar." + year.ToString(CultureInfo.InvariantCulture);
            var inYears = check.InYears(year, field);
            if (amount < 0 || amount != decimal.Truncate(amount) || amount > MaxPot)
            {
                check.Error(field, "Een geheel aantal euro's, niet negatief, ten hoogste 10 miljard.");
            }
            else if (inYears)
            {
                definition.PotCents[year - check.First] = Money.FromEuros(amount).Cents;
                SameCount(definition, year, check);
            }
        }
    }

    /// <summary>One count per year: where the pot and the capped SPUK onderwijsroute are both settled by count, they count alike.</summary>
    private static void SameCount(ScenarioDefinition definition, int year, ScenarioCheck check)
    {
        var grant = definition.Catalogue.FindScheme(SchemeIds.EducationRouteGrant);
        if (definition.PotKey != ScenarioKeys.YearEndCount || grant is null || !grant.CoversYear(year) || YearEndCounts.Problem(definition.Catalogue, year) is not null
            || definition.Catalogue.ForYear(grant.Id, ParameterNames.SettlementKey, year).Value.AsText() != ParameterNames.KeyEducationRouteCount)
        {
            return;
        }

        var scheme = YearEndCounts.ForYear(definition.Catalogue, year);
        if (scheme != definition.PotCount)
        {
            check.Error("budgetpot.telling", string.Create(CultureInfo.InvariantCulture, $"In {year} wordt ook de SPUK onderwijsroute naar de telling op 31 december verdeeld, met '{scheme.ToDutch()}'; de pot moet dezelfde telling gebruiken."));
        }
    }
}
