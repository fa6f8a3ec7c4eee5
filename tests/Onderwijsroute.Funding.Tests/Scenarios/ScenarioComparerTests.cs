using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;

namespace Onderwijsroute.Funding.Tests.Scenarios;

public class ScenarioComparerTests
{
    private static readonly ScenarioRunResult[] Ready = ReadyScenarios.All.Select(ScenarioEngine.Run).ToArray();

    [Fact]
    public void Compare_AdoptedWithoutExtraFunding_DifferenceIsTheSupplement()
    {
        var comparison = ScenarioComparer.Compare([Ready[0], Ready[1]]).Value;

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
        var comparison = ScenarioComparer.Compare([Ready[1], Ready[2]]).Value;

        var flips2027 = comparison.Flips.Where(f => f.Year == 2027).ToArray();
        var expected = Ready[1].Year(2027).Municipalities.Zip(Ready[2].Year(2027).Municipalities)
            .Count(p => (p.First.Gap.Cents > 0) != (p.Second.Gap.Cents > 0));
        Assert.Equal(expected, flips2027.Length);
        Assert.NotEmpty(flips2027);
        Assert.All(flips2027, f => Assert.True(f.FirstGap.Cents > 0 && !f.BecomesShort));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Compare_TwoToFiveRuns(int count, bool accepted)
    {
        var runs = Enumerable.Range(0, count).Select(i => Ready[i % Ready.Length]).ToArray();

        var outcome = ScenarioComparer.Compare(runs);

        Assert.Equal(accepted, outcome.IsValid);
        Assert.Equal(accepted ? [] : new[] { "doorrekeningen" }, outcome.Errors.Select(e => e.Path));
        if (accepted)
        {
            Assert.Equal(count, outcome.Value.Runs.Count);
        }
    }

    [Fact]
    public void Compare_RunsWithoutACommonYear_IsRefused()
    {
        var early = ScenarioEngine.Run(ScenarioInputs.Define(ScenarioInputs.Adopted(2022, 2023)));
        var late = ScenarioEngine.Run(ScenarioInputs.Define(ScenarioInputs.Adopted(2026, 2027)));

        Assert.Equal("doorrekeningen", Refusal.PathOf(ScenarioComparer.Compare([early, late])));
    }
}
