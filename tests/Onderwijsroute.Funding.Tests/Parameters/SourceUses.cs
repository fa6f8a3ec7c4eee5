using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Parameters.Sources;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;

namespace Onderwijsroute.Funding.Tests.Parameters;

/// <summary>
/// Everything that cites the register: the parameter values, the ready scenarios' assumptions, the model's own
/// assumptions and the reference data. Free texts cite in brackets (<see cref="SourceRegister.TryReadCitedText"/>).
/// </summary>
internal static class SourceUses
{
    /// <summary>The free texts that must cite the register, each with where it stands.</summary>
    public static IReadOnlyList<(string Where, string Status, string Text)> CitedTexts()
    {
        var texts = new List<(string, string, string)>();
        foreach (var scenario in ReadyScenarios.All)
        {
            texts.AddRange(scenario.Assumptions.Select(a => ($"scenario {scenario.Name}: {a.Name}", a.Status, a.Source)));
        }

        texts.AddRange(ScenarioAssumptions.Engine(ReadyScenarios.All[0]).Select(a => ($"rekenmodel: {a.Name}", a.Status, a.Source)));
        texts.AddRange(ReferenceDataSet.Embedded.Metadata.Sources.Select(s => ($"referentiedata: {s.Key}", ParameterStatusNames.Confirmed, s.Value)));
        return texts;
    }

    /// <summary>The ids of every source something cites.</summary>
    public static IReadOnlySet<string> UsedIds(ParameterCatalogue catalogue)
    {
        var used = catalogue.Schemes
            .SelectMany(s => s.Parameters)
            .SelectMany(p => p.Values)
            .SelectMany(v => v.Citations)
            .Select(c => c.Source.Id)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (_, _, text) in CitedTexts())
        {
            if (catalogue.Sources.TryReadCitedText(text, out var citations, out _, out _))
            {
                used.UnionWith(citations.Select(c => c.Source.Id));
            }
        }

        return used;
    }

    /// <summary>The sources of a register that nothing cites.</summary>
    public static IReadOnlyList<string> Unused(SourceRegister register, IReadOnlySet<string> used) =>
        register.Sources.Select(s => s.Id).Where(id => !used.Contains(id)).ToArray();
}
