using NodaTime;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Tests.Forecasts;

public class SensitivityTests
{
    private static readonly MunicipalityCode Utrecht = MunicipalityCode.Parse("GM0344");

    private static ForecastResult Calculate(int trajectories, IReadOnlyList<YearCount>? national = null) =>
        ForecastCalculator.Calculate(ParameterCatalogue.Embedded, ReferenceDataSet.Embedded, new ForecastRequest(ForecastScope.ForMunicipality(Utrecht), 2024, 2025)
        {
            Trajectories = Enumerable.Range(0, trajectories).Select(i => new Trajectory(new LocalDate(2024, 1 + (i % 12), 1), EducationLevel.Mbo4, ContractForm.Contracted)).ToArray(),

            // Zero starters: participants given (none), so the forecast does not start from the gemeente's starting point.
            Starters = [new StarterGroup(2024, EducationLevel.Mbo4, 0)],
            NationalCounts = national ?? [],
        }).Value;

    [Fact]
    public void Variants_AreTheSixChanges_AndTheDefinitiveAmountFallsAsTheNationalCountRises()
    {
        var sensitivity = Calculate(20).Sensitivity.Single(s => s.Year == 2024);

        Assert.Equal([-50, -25, -10, 10, 25, 50], sensitivity.Variants.Select(v => v.ChangePercent));
        Assert.Equal(decimal.Round(sensitivity.BaseNationalCount * 0.5m, MidpointRounding.AwayFromZero), sensitivity.Variants[0].NationalCount);
        Assert.Equal(decimal.Round(sensitivity.BaseNationalCount * 1.5m, MidpointRounding.AwayFromZero), sensitivity.Variants[^1].NationalCount);
        for (var i = 1; i < sensitivity.Variants.Count; i++)
        {
            Assert.True(sensitivity.Variants[i].Definitive <= sensitivity.Variants[i - 1].Definitive);
            Assert.True(sensitivity.Variants[i].Shortfall >= sensitivity.Variants[i - 1].Shortfall);
        }
    }

    [Fact]
    public void Variant_EqualsAForecastWithThatNationalCount()
    {
        var variant = Calculate(20).Sensitivity.Single(s => s.Year == 2024).Variants.Single(v => v.ChangePercent == 25);

        var recomputed = Calculate(20, [new YearCount(2024, variant.NationalCount)]).Years[0];

        Assert.Equal(recomputed.Settlement!.Definitive, variant.Definitive);
        Assert.Equal(recomputed.Shortfall, variant.Shortfall);
    }

    [Fact]
    public void BreakEven_IsTheHighestNationalCountWithoutAGap()
    {
        var breakEven = Calculate(20).Sensitivity.Single(s => s.Year == 2025).BreakEven;

        Assert.Equal(BreakEvenKind.Reached, breakEven.Kind);
        var at = Calculate(20, [new YearCount(2025, breakEven.NationalCount!.Value)]).Years[1];
        var above = Calculate(20, [new YearCount(2025, breakEven.NationalCount.Value + 1)]).Years[1];
        Assert.True(at.Shortfall <= Money.Zero, $"gap at {breakEven.NationalCount}: {at.Shortfall}");
        Assert.True(above.Shortfall > Money.Zero, $"gap at {breakEven.NationalCount + 1}: {above.Shortfall}");
    }

    [Fact]
    public void BreakEven_WithoutParticipantsInTheRouteOnNewYearsEve_IsAlwaysCoveredOrNever()
    {
        var sensitivity = Calculate(0).Sensitivity;

        Assert.Equal([2024, 2025], sensitivity.Select(s => s.Year));
        Assert.All(sensitivity, s => Assert.Equal(BreakEvenKind.AlwaysCovered, s.BreakEven.Kind));
        Assert.All(sensitivity, s => Assert.All(s.Variants, v => Assert.Equal(Money.Zero, v.Definitive)));
    }

    [Fact]
    public void BreakEven_WhenEvenTheWholeBudgetFallsShort_IsNeverReached()
    {
        var catalogue = ParameterCatalogue.Embedded.WithOverrides([ParameterOverride.ForYear(SchemeIds.EducationRouteGrant, ParameterNames.Budget, 2024, "1000", "klein budget")]);
        var result = ForecastCalculator.Calculate(catalogue, ReferenceDataSet.Embedded, new ForecastRequest(ForecastScope.ForMunicipality(Utrecht), 2024, 2024)
        {
            Trajectories = [new Trajectory(new LocalDate(2024, 6, 1), EducationLevel.Mbo2, ContractForm.Contracted)],
        }).Value;

        Assert.Equal(BreakEvenKind.NeverReached, result.Sensitivity.Single().BreakEven.Kind);
    }
}
