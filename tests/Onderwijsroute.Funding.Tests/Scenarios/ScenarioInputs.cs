using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;

namespace Onderwijsroute.Funding.Tests.Scenarios;

/// <summary>Valid scenario inputs to start tests from.</summary>
internal static class ScenarioInputs
{
    /// <summary>The adopted-policy ready scenario's input (the national projection as inflow), narrowed to the given years.</summary>
    public static ScenarioInput Adopted(int first = 2022, int last = 2030) =>
        ReadyScenarios.Document(ReadyScenarios.FileNames()[0]).ToInput() with { FirstYear = first, LastYear = last };

    /// <summary>The scenario an input defines with the embedded parameters; fails the test when the input is refused.</summary>
    public static ScenarioDefinition Define(ScenarioInput input) => Create(input).Value;

    /// <summary>The outcome of checking an input with the embedded parameters and reference data.</summary>
    public static Validated<ScenarioDefinition> Create(ScenarioInput input) =>
        ScenarioDefinition.Create(input, Funding.Parameters.ParameterCatalogue.Embedded, Funding.ReferenceData.ReferenceDataSet.Embedded);

    /// <summary>Given counts per year and gemeente index (into the embedded gemeenten), with an optional pot by year-end count.</summary>
    public static ScenarioInput WithCounts(int first, long[][] counts, decimal? potPerYear = null)
    {
        var codes = Funding.ReferenceData.ReferenceDataSet.Embedded.Municipalities.Select(m => m.Code.Value).ToArray();
        var last = first + counts.Length - 1;
        return Adopted(first, last) with
        {
            Participants = null,
            Spread = new SpreadInput
            {
                Method = ScenarioKeys.Counts,
                Status = "aanname",
                Source = "test",
                Counts = counts.Select((perMunicipality, y) => (Year: first + y, Counts: (IReadOnlyDictionary<string, long>)perMunicipality.Select((c, g) => (codes[g], c)).Where(p => p.c > 0).ToDictionary(p => p.Item1, p => p.c)))
                    .ToDictionary(p => p.Year, p => p.Counts),
            },
            Pot = potPerYear is { } pot
                ? new CappedPotInput { Key = ScenarioKeys.YearEndCount, Status = "aanname", Source = "test", AmountPerYear = Enumerable.Range(first, counts.Length).ToDictionary(y => y, _ => pot) }
                : null,
        };
    }
}
