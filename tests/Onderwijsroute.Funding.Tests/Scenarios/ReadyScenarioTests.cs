using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;
using Xunit.Abstractions;

namespace Onderwijsroute.Funding.Tests.Scenarios;

public class ReadyScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public void FourReadyScenarios_LoadAndAreDescribedInDutch()
    {
        var all = ReadyScenarios.All;

        Assert.Equal(["vastgesteld-beleid", "geen-extra-financiering", "plafond-15-miljoen", "garantieprijs-per-niveau"], all.Select(s => s.Name));
        Assert.All(all, s => Assert.Contains("onderwijsroute", s.Description, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryAssumptionOfAReadyScenario_IsAnAannameWithASource()
    {
        foreach (var scenario in ReadyScenarios.All)
        {
            Assert.NotEmpty(scenario.Assumptions);
            Assert.All(scenario.Assumptions, a =>
            {
                Assert.Equal(ParameterStatusNames.Assumption, a.Status);
                Assert.False(string.IsNullOrWhiteSpace(a.Source), a.Name);
            });
            Assert.All(scenario.Catalogue.Overrides, o => Assert.False(string.IsNullOrWhiteSpace(o.Reason)));
        }
    }

    [Fact]
    public void EveryReadyScenario_RunsOutOfTheBox()
    {
        foreach (var scenario in ReadyScenarios.All)
        {
            var run = ScenarioEngine.Run(scenario);

            Assert.Equal(9, run.Years.Count);
            output.WriteLine(scenario.Name);
            foreach (var year in run.Years)
            {
                output.WriteLine($"{year.Year}: " + string.Join(" ", year.Figures.Select(f => $"{f.Name}={(f.IsMoney ? f.Money!.Value.Euros.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}")));
            }
        }
    }

    [Fact]
    public void ARunOver2022To2030_StatesTheIndelingAssumption_AndRecordsItsVersions()
    {
        var run = ScenarioEngine.Run(ReadyScenarios.All[0]);

        Assert.Contains(run.Explanation.Notes, n => n.Contains("indeling 2023", StringComparison.Ordinal) && n.Contains("2022-2030", StringComparison.Ordinal));
        Assert.Contains(run.Assumptions, a => a.Name == "model.gemeentelijkeIndeling" && a.Status == ParameterStatusNames.Assumption);
        Assert.Equal(ScenarioEngine.Version, run.EngineVersion);
        Assert.Equal(ReadyScenarios.All[0].Catalogue.Version, run.ParameterVersion);
        Assert.Contains(run.Explanation.Parameters, p => p.SchemeId == "spuk-onderwijsroute-toeslag-2026" && p.Name == "gegarandeerde-trajectprijs");
    }

    [Fact]
    public void AReadyScenarioFile_WithAnUnknownKey_IsRefused()
    {
        var yaml = "naam: x\nomschrijving: y\nonbekendeSleutel: 1\n";

        var error = Assert.Throws<ScenarioLoadException>(() => ReadyScenarios.Read("test.yaml", new StringReader(yaml)));

        Assert.Contains("onbekendeSleutel", error.Message, StringComparison.Ordinal);
    }
}
