using Onderwijsroute.Funding.Allocation;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Runs scenarios (Dutch: <em>doorrekenen</em>). Deterministic: the same scenario, parameter version and engine version
/// give the same result to the cent. Money is integer cents throughout; capped pots go through
/// <see cref="CappedBudgetAllocator"/>, the scheme amounts through their calculators.
/// </summary>
public static class ScenarioEngine
{
    /// <summary>The engine version stored with every run; raise it whenever a rule or rounding changes a result.</summary>
    public const string Version = "1.0.0";

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
            explanation.Count("deelnemersInstroom" + (rates.First + t).ToString(CultureInfo.InvariantCulture), scenario.ParticipantsPerYear[t]);
        }

        var years = new ScenarioYearResult[rates.Years];
        var figures = new long[ScenarioFigures.All.Count];
        var sortBuffer = new long[rates.MunicipalityCount];
        for (var t = 0; t < rates.Years; t++)
        {
            ScenarioFigures.Compute(output, t, figures, sortBuffer);
            years[t] = ScenarioResultBuilder.Year(rates, output, t, figures);
        }

        return new ScenarioRunResult(scenario, years, explanation.Build(), [.. scenario.Assumptions, .. ScenarioAssumptions.Engine(scenario)]);
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
