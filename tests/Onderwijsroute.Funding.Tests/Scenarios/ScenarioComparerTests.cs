using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;

namespace Onderwijsroute.Funding.Tests.Scenarios;

public class ScenarioComparerTests
{
    private static readonly ScenarioRunResult[] Ready = ReadyScenarios.All.Select(ScenarioEngine.Run).ToArray();

    [Fact]
    public void Compare_AdoptedWithoutExtraFunding_DifferenceIsTheSupplement()
    {
        var comparison = ScenarioComparer.Compare([Ready[0], Ready[1]]);

        var year2027 = comparison.Years.Single(y => y.Year == 2027);
        var supplement = year2027.Figures.Single(f => f.Name == ScenarioFigures.SpendingPrefix + "spuk-onderwijsroute-toeslag-2026");
        var spending = year2027.Figures.Single(f => f.Name == ScenarioFigures.SpendingTotal);
        Assert.Equal(0, supplement.DifferencesFromFirst[0]);
        Assert.Equal(-supplement.Values[0], supplement.DifferencesFromFirst[1]);
        Assert.Equal(supplement.DifferencesFromFirst[1], spending.DifferencesFromFirst[1]);
        Assert.Equal(9, comparison.Years.Count);
        var total = comparison.Totals.Single(f => f.Name == ScenarioFigures.SpendingTotal);
        Assert.Equal(Ready[1].Totals.Single(f => f.Name == ScenarioFigures.SpendingTotal).Value - Ready[0].Totals.Single(f => f.Name == ScenarioFigures.SpendingTotal).Value, total.DifferencesFromFirst[1]);
    }

    [Fact]
    public void Compare_PotAgainstNoExtraFunding_ListsGemeentenThatFlipFromGapToSurplus()
    {
        var comparison = ScenarioComparer.Compare([Ready[1], Ready[2]]);

        var flips2027 = comparison.Flips.Where(f => f.Year == 2027).ToArray();
        var expected = Ready[1].Year(2027).Municipalities.Zip(Ready[2].Year(2027).Municipalities)
            .Count(p => (p.First.Gap.Cents > 0) != (p.Second.Gap.Cents > 0));
        Assert.Equal(expected, flips2027.Length);
        Assert.NotEmpty(flips2027);
        Assert.All(flips2027, f => Assert.True(f.FirstGap.Cents > 0 && !f.BecomesShort));
    }

    [Fact]
    public void Compare_FiveRunsOrTwoAtLeast()
    {
        Assert.Equal("doorrekeningen", Assert.Throws<CalculationInputException>(() => ScenarioComparer.Compare([Ready[0]])).Field);
        Assert.Equal("doorrekeningen", Assert.Throws<CalculationInputException>(() => ScenarioComparer.Compare([.. Ready, Ready[0], Ready[1]])).Field);
        Assert.Equal(5, ScenarioComparer.Compare([.. Ready, Ready[0]]).Runs.Count);
    }

    [Fact]
    public void Compare_RunsWithoutACommonYear_IsRefused()
    {
        var early = ScenarioEngine.Run(ScenarioDefinition.Create(ScenarioInputs.Adopted(2022, 2023)));
        var late = ScenarioEngine.Run(ScenarioDefinition.Create(ScenarioInputs.Adopted(2026, 2027)));

        Assert.Equal("doorrekeningen", Assert.Throws<CalculationInputException>(() => ScenarioComparer.Compare([early, late])).Field);
    }
}
