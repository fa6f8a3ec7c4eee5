using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Runs scenarios (Dutch: <em>doorrekenen</em>). Deterministic: the same scenario, parameter version and engine version
/// give the same result to the cent. Money is integer cents throughout; capped pots go through
/// <see cref="CappedBudgetAllocator"/>, the scheme amounts through their calculators.
/// </summary>
public static class ScenarioEngine
{
    /// <summary>The engine version stored with every run; raise it whenever a rule or rounding changes a result.</summary>
    public const string Version = "2.2.0";

    /// <summary>Runs a scenario deterministically.</summary>
    /// <param name="scenario">The checked scenario.</param>
    /// <returns>The result, per year, region and gemeente, with its explanation.</returns>
    public static ScenarioRunResult Run(ScenarioDefinition scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var explanation = Explain(scenario);
        var rates = ScenarioRates.Build(scenario, explanation);
        var output = new KernelOutput(rates.Years, rates.MunicipalityCount);
        Spread(rates, output.Starters);
        ScenarioKernel.Compute(rates, output, ScenarioKernel.NeutralPriceFactor, NewPriceBuffer(rates));
        for (var t = 0; t < rates.Years; t++)
        {
            explanation.Count(ScenarioFigures.Starters + (rates.First + t).ToString(CultureInfo.InvariantCulture), scenario.ParticipantsPerYear[t]);
        }

        var years = new ScenarioYearResult[rates.Years];
        var figures = new long[ScenarioFigures.All.Count];
        var sortBuffer = new long[2 * rates.MunicipalityCount];
        for (var t = 0; t < rates.Years; t++)
        {
            ScenarioFigures.Compute(output, t, figures, sortBuffer);
            years[t] = ScenarioResultBuilder.Year(rates, output, t, figures);
        }

        if (rates.SupplementFirstIndex >= 0)
        {
            var year = rates.First + rates.SupplementFirstIndex;
            var between = years[rates.SupplementFirstIndex].Figure(ScenarioFigures.BetweenSchemes).Value;
            explanation.Count(ScenarioFigures.BetweenSchemes + year.ToString(CultureInfo.InvariantCulture), between);
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"{between} deelnemers zijn in {year - 1} gehuisvest en starten in {year}: zij vallen tussen de regelingen. Geen toeslag (die is er alleen voor wie vanaf {year} is gehuisvest); de SPUK onderwijsroute telt hen alleen op 31 december {year - 1}, en alleen met de telling 'pip-onderwijsroute'."));
        }

        var budget = SupplementBudget(scenario, rates, years, explanation);
        return new ScenarioRunResult(scenario, years, explanation.Build(), [.. scenario.Assumptions, .. ScenarioAssumptions.Engine(scenario)]) { SupplementBudget = budget };
    }

    /// <summary>The run's supplement spending per year against an even share of the budgeted total (docs/scenarios.md).</summary>
    private static SupplementBudgetYear[] SupplementBudget(ScenarioDefinition scenario, ScenarioRates rates, ScenarioYearResult[] years, ExplanationBuilder explanation)
    {
        var scheme = scenario.Catalogue.FindScheme(SchemeIds.EducationRouteSupplement);
        if (scheme is null || scheme.FindParameter(ParameterNames.TotalBudget) is null)
        {
            return [];
        }

        var lines = new List<SupplementBudgetYear>();
        for (var t = 0; t < rates.Years; t++)
        {
            var year = rates.First + t;
            if (!scheme.CoversYear(year))
            {
                continue;
            }

            var total = explanation.ForYear(scheme.Id, ParameterNames.TotalBudget, year).AsMoney();
            var budget = Money.FromCents(Rounding.RoundHalfAwayFromZero(total.Cents, scheme.LastYear - scheme.FirstYear + 1, 1));
            var rate = rates.Supplement[t];
            var perPerson = Money.FromCents(ScenarioKernel.Round(rate.Numerator, rate.Denominator, 1));
            var implied = perPerson == Money.Zero ? 0 : Rounding.RoundHalfAwayFromZero(budget.Cents, perPerson.Cents, 1);
            var spending = Money.FromCents(years[t].Figure(ScenarioFigures.SpendingPrefix + scheme.Id).Value);
            lines.Add(new SupplementBudgetYear(year, budget, perPerson, implied, years[t].Figure(ScenarioFigures.Starters).Value, spending, spending - budget));
        }

        if (lines.Count > 0)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Toeslag tegen het budget (toeslagBudget): het totaalbudget gelijk verdeeld over {scheme.FirstYear}-{scheme.LastYear} (aanname: geen verdeling per jaar gepubliceerd), gedeeld door de toeslag per persoon geeft het aantal trajecten dat het budget betaalt; over de jaren van deze doorrekening geeft het scenario {lines.Sum(l => l.Spending.Cents) / 100m} euro uit tegen {lines.Sum(l => l.Budget.Cents) / 100m} euro budget."));
        }

        return [.. lines];
    }

    /// <summary>Starts a run's explanation with the assumption every scenario year rests on: the one known indeling.</summary>
    internal static ExplanationBuilder Explain(ScenarioDefinition scenario)
    {
        var explanation = new ExplanationBuilder(scenario.Catalogue);
        var meta = scenario.ReferenceData.Metadata;
        if (scenario.FirstYear < meta.ValidFromYear || scenario.LastYear > meta.ValidUntilYear)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"Aanname: de gemeentelijke indeling {meta.IndelingYear} (geldig {meta.ValidFromYear}-{meta.ValidUntilYear}) is gebruikt voor alle jaren {scenario.FirstYear}-{scenario.LastYear}; latere herindelingen zijn niet bekend."));
        }

        return explanation;
    }

    internal static long[][] NewPriceBuffer(ScenarioRates rates) =>
        Enumerable.Range(0, rates.Years).Select(_ => new long[rates.Data.Regions.Count]).ToArray();

    /// <summary>The deterministic spread: each year's national count by largest remainder over the key (or the given counts).</summary>
    internal static void Spread(ScenarioRates rates, long[][] starters)
    {
        var scenario = rates.Scenario;
        var claims = new AllocationClaim[rates.MunicipalityCount];
        for (var t = 0; t < rates.Years; t++)
        {
            if (scenario.SpreadMethod == SpreadMethod.Counts)
            {
                Array.Copy(scenario.SuppliedCounts[t], starters[t], rates.MunicipalityCount);
                continue;
            }

            var key = KeyOf(rates);
            for (var g = 0; g < claims.Length; g++)
            {
                claims[g] = new AllocationClaim(rates.Codes[g], key[g]);
            }

            // Participants are whole people: the national count is distributed as whole "units" of one cent.
            var shares = CappedBudgetAllocator.Allocate(Money.FromCents(scenario.ParticipantsPerYear[t]), Money.FromCents(1), claims).Shares;
            for (var g = 0; g < claims.Length; g++)
            {
                starters[t][g] = shares[g].Amount.Cents;
            }
        }
    }

    /// <summary>The spread weights per gemeente for a year (inhabitants or the supplied key; given counts per year).</summary>
    internal static long[] KeyOf(ScenarioRates rates, int year = 0) => rates.Scenario.SpreadMethod switch
    {
        SpreadMethod.Key => rates.Scenario.SpreadKey,
        SpreadMethod.Counts => rates.Scenario.SuppliedCounts[year],
        _ => rates.LatestInhabitants,
    };
}
