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

    /// <summary>
    /// The adopted policy's supplement against the €88.9M over 2026-2029 (docs/scenarios.md): an even quarter a year,
    /// the trajecten that pays at the run's supplement per person, what the run spends, and the difference.
    /// </summary>
    [Fact]
    public void AdoptedPolicy_SupplementSpending_IsReconciledWithTheBudgetedTotal()
    {
        var run = ScenarioEngine.Run(ReadyScenarios.All[0]);

        Assert.Equal([2026, 2027, 2028, 2029], run.SupplementBudget.Select(b => b.Year));
        Assert.Equal(Money.FromEuros(88_900_000), run.SupplementBudget.Aggregate(Money.Zero, (sum, b) => sum + b.Budget));
        foreach (var line in run.SupplementBudget)
        {
            var perPerson = Funding.Schemes.EducationRouteSupplement.SupplementCalculator.PerPerson(ParameterCatalogue.Embedded, line.Year).Value.PerPerson;
            Assert.Equal(Money.FromEuros(22_225_000), line.Budget);
            Assert.Equal(perPerson, line.PerPerson);
            Assert.Equal(decimal.Round(22_225_000m / perPerson.Euros, MidpointRounding.AwayFromZero), line.ImpliedTrajectories);
            Assert.Equal(run.Year(line.Year).Figure(ScenarioFigures.Starters).Value, line.Persons);
            Assert.Equal(Money.FromCents(line.Persons * perPerson.Cents), line.Spending);
            Assert.Equal(line.Spending - line.Budget, line.Difference);
        }

        // The figures docs/scenarios.md quotes for 2026.
        var first = run.SupplementBudget[0];
        Assert.Equal((4961m, 4480L, 2340L, 11_608_740m, -10_616_260m), (first.PerPerson.Euros, first.ImpliedTrajectories, first.Persons, first.Spending.Euros, first.Difference.Euros));
    }
}
