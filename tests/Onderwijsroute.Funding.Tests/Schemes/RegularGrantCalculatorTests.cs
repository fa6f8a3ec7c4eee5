using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Schemes.RegularGrant;

namespace Onderwijsroute.Funding.Tests.Schemes;

public class RegularGrantCalculatorTests
{
    [Fact]
    public void Calculate_ThreeCountingYearsOfOnePerson_AddUpToThreeThirdsOfEachYearsAmount()
    {
        var total = Enumerable.Range(2023, 3).Sum(year => RegularGrantCalculator.Calculate(ParameterCatalogue.Embedded, year, [new HousingCohort(2023, 3)]).Value.Total.Euros);

        // 3 people housed in 2023: 10,770 (2023) + 11,177 (2024) + 11,600 (2025), each 3 × amount × 1/3.
        Assert.Equal(10_770m + 11_177m + 11_600m, total);
    }

    [Fact]
    public void Calculate_ExplainsAmountProfileAndCounts()
    {
        var result = RegularGrantCalculator.Calculate(ParameterCatalogue.Embedded, 2025, [new HousingCohort(2025, 1)]).Value;

        Assert.Contains(result.Explanation.Parameters, p => p.Name == ParameterNames.LearningRouteComponent && p.Status == ParameterStatus.Secondary);
        Assert.Contains(result.Explanation.Parameters, p => p.Name == "profielgewicht-teljaar-1" && p.Status == ParameterStatus.Assumption);
        Assert.Contains(result.Explanation.Counts, c => c.Name == "cohort2025" && c.Value == 1);
    }

    public static TheoryData<string, int, HousingCohort[]> Refusals => new()
    {
        { "cohorten[0].aantal", 2025, [new HousingCohort(2025, -1)] },
        { "cohorten[1].huisvestingsjaar", 2025, [new HousingCohort(2025, 1), new HousingCohort(2025, 2)] },
        { "jaar", 2031, [] },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Calculate_InputItCannotUse_IsRefusedNamingTheField(string field, int year, HousingCohort[] cohorts)
    {
        Assert.Equal(field, Refusal.PathOf(RegularGrantCalculator.Calculate(ParameterCatalogue.Embedded, year, cohorts)));
    }
}
