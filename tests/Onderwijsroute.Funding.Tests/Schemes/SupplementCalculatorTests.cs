using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Schemes;
using Onderwijsroute.Funding.Schemes.EducationRouteSupplement;

namespace Onderwijsroute.Funding.Tests.Schemes;

public class SupplementCalculatorTests
{
    [Fact]
    public void PerPerson_2028_IndexesTwiceFromTheBaseYear()
    {
        var result = SupplementCalculator.PerPerson(ParameterCatalogue.Embedded, 2028).Value;

        // 17,000 × 1.0378² = 18,309.49… → 18,309; regular 2028 12,966 → 5,343.
        Assert.Equal(Money.FromEuros(18_309), result.GuaranteedPrice);
        Assert.Equal(Money.FromEuros(5_343), result.PerPerson);
        Assert.Equal(Money.FromEuros(53_430), result.ForCount(10));
    }

    [Fact]
    public void PerPerson_FollowsAnIndexationOverride()
    {
        var scenario = ParameterCatalogue.Embedded.WithOverrides([ParameterOverride.ForYear(SchemeIds.EducationRouteSupplement, "indexatie", 2027, "0.10", "scenario")]);

        // 17,000 × 1.10 = 18,700; regular 2027 12,494 → 6,206.
        Assert.Equal(Money.FromEuros(6_206), SupplementCalculator.PerPerson(scenario, 2027).Value.PerPerson);
    }

    [Fact]
    public void PerPerson_ExplainsBothSchemesParameters()
    {
        var result = SupplementCalculator.PerPerson(ParameterCatalogue.Embedded, 2027).Value;

        Assert.Contains(result.Explanation.Parameters, p => p.SchemeId == SchemeIds.RegularGrant && p.Name == ParameterNames.LearningRouteComponent);
        Assert.Contains(result.Explanation.Parameters, p => p.SchemeId == SchemeIds.EducationRouteSupplement && p.Name == ParameterNames.GuaranteedPrice && p.Status == ParameterStatus.Secondary);
        Assert.Contains(result.Explanation.Parameters, p => p.Name == ParameterNames.Indexation && p.From.Year == 2027);
    }
}
