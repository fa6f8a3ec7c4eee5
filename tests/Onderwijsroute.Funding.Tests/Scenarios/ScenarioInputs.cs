using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Documents;
using Onderwijsroute.Funding.Scenarios.Ready;

namespace Onderwijsroute.Funding.Tests.Scenarios;

/// <summary>Valid scenario documents to start tests from.</summary>
internal static class ScenarioInputs
{
    /// <summary>The adopted-policy ready scenario's document (the national projection as inflow), narrowed to the given years.</summary>
    public static ScenarioDocument Adopted(int first = 2022, int last = 2030) =>
        ReadyScenarios.Document(ReadyScenarios.FileNames()[0]) with { Jaren = new ScenarioYearsDocument { Van = first, TotEnMet = last } };

    /// <summary>The scenario a document defines with the embedded parameters; fails the test when the document is refused.</summary>
    public static ScenarioDefinition Define(ScenarioDocument document) => Create(document).Value;

    /// <summary>The outcome of checking a document with the embedded parameters and reference data.</summary>
    public static Validated<ScenarioDefinition> Create(ScenarioDocument document) =>
        ScenarioDefinition.Create(document, Funding.Parameters.ParameterCatalogue.Embedded, Funding.ReferenceData.ReferenceDataSet.Embedded);

    /// <summary>Given counts per year and gemeente index (into the embedded gemeenten), with an optional pot by year-end count.</summary>
    public static ScenarioDocument WithCounts(int first, long[][] counts, decimal? potPerYear = null)
    {
        var codes = Funding.ReferenceData.ReferenceDataSet.Embedded.Municipalities.Select(m => m.Code.Value).ToArray();
        var last = first + counts.Length - 1;
        return Adopted(first, last) with
        {
            Deelnemers = null,
            Spreiding = new SpreadDocument
            {
                Methode = ScenarioKeys.Counts,
                Status = "aanname",
                Bron = "test",
                Aantallen = counts.Select((perMunicipality, y) => (Year: first + y, Counts: perMunicipality.Select((c, g) => (codes[g], c)).Where(p => p.c > 0).ToDictionary(p => p.Item1, p => p.c)))
                    .ToDictionary(p => p.Year, p => p.Counts),
            },
            Budgetpot = potPerYear is { } pot
                ? new PotDocument { Verdeelsleutel = ScenarioKeys.YearEndCount, Status = "aanname", Bron = "test", BedragPerJaar = Enumerable.Range(first, counts.Length).ToDictionary(y => y, _ => pot) }
                : null,
        };
    }
}
