using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Scenarios.Documents;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Schemes.EducationRouteGrant;
using Onderwijsroute.Funding.Schemes.RegularGrant;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// The scenario's parameter overrides (<c>overschrijvingen</c>): each complete and valid on its own, together without
/// overlap, and — for every scenario year — leaving the schemes computable, so that a run never fails on them.
/// </summary>
internal static class ScenarioOverrideRules
{
    /// <summary>
    /// The catalogue with the scenario's overrides in force after its own (those the service runs with stay), or the
    /// catalogue unchanged when one is wrong (the error is added).
    /// </summary>
    public static ParameterCatalogue Apply(IReadOnlyList<ScenarioOverrideDocument?> given, ParameterCatalogue catalogue, InputErrorsBuilder errors)
    {
        var overrides = new List<ParameterOverride>(catalogue.Overrides);
        var paths = new List<string>(catalogue.Overrides.Select(_ => "overschrijvingen"));
        var complete = true;
        for (var i = 0; i < given.Count; i++)
        {
            // An override written as null is refused field by field, like an empty one.
            var o = given[i] ?? new ScenarioOverrideDocument();
            var from = o.Van is { } van ? LocalDate.FromDateOnly(van) : (LocalDate?)null;
            var until = o.TotEnMet is { } totEnMet ? LocalDate.FromDateOnly(totEnMet) : (LocalDate?)null;
            var field = $"overschrijvingen[{i}]";
            var ok = true;
            foreach (var (name, text) in new[] { ("regeling", o.Regeling), ("parameter", o.Parameter), ("waarde", o.Waarde) })
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    errors.Add($"{field}.{name}", "Verplicht.");
                    ok = false;
                }
            }

            if (from is null)
            {
                errors.Add(field + ".van", "Verplicht.");
                ok = false;
            }
            else if (until < from)
            {
                errors.Add(field + ".totEnMet", "Ligt vóór van.");
                ok = false;
            }

            if (ok)
            {
                overrides.Add(new ParameterOverride(o.Regeling!, o.Parameter!, from!.Value, until, o.Waarde!, o.Reden ?? "scenario"));
                paths.Add(field);
            }

            complete &= ok;
        }

        var overrideErrors = catalogue.CheckOverrides(overrides, k => paths[k]);
        errors.AddRange(overrideErrors);
        return complete && overrideErrors.IsEmpty ? catalogue.WithOverrides(overrides) : catalogue;
    }

    /// <summary>The rules only the parameters in force can answer, for every scenario year (the error names <c>overschrijvingen</c>).</summary>
    public static void CheckYears(ParameterCatalogue catalogue, ScenarioCheck check)
    {
        var grant = catalogue.FindScheme(SchemeIds.EducationRouteGrant);
        foreach (var problem in NationalProjection.Problems(catalogue))
        {
            check.Error("overschrijvingen", problem);
        }

        for (var year = check.First; year <= check.Last; year++)
        {
            if (RegularGrantCalculator.CountingPeriodError(catalogue, year) is { } counting)
            {
                check.Error("overschrijvingen", counting);
            }

            if (YearEndCounts.Problem(catalogue, year) is { } count)
            {
                check.Error("overschrijvingen", count);
            }

            // Every capped budget must be whole rounding units (the fixed grants are computed as advances too), and the
            // fixed grants' advances go to the recipients by the key the scenario reckons with.
            foreach (var budget in CappedScheme.BudgetErrors(catalogue, year))
            {
                check.Error("overschrijvingen", budget);
            }

            foreach (var expected in AdvanceSetup.FixedGrants)
            {
                if (catalogue.FindScheme(expected.SchemeId) is { } scheme && scheme.CoversYear(year) && AdvanceSetup.Problem(catalogue, expected, year, "het scenario") is { } advance)
                {
                    check.Error("overschrijvingen", advance);
                }
            }

            if (grant is null || !grant.CoversYear(year))
            {
                continue;
            }

            var key = catalogue.ForYear(grant.Id, ParameterNames.SettlementKey, year).Value.AsText();
            if (key is not (ParameterNames.KeyEducationRouteCount or ParameterNames.KeyInhabitants))
            {
                check.Error("overschrijvingen", $"Verdeelsleutel '{key}' van '{grant.Id}' wordt in een scenario niet ondersteund; mogelijk zijn '{ParameterNames.KeyEducationRouteCount}' en '{ParameterNames.KeyInhabitants}'.");
            }
        }
    }
}
