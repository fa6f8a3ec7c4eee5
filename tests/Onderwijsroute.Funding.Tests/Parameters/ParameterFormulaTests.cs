using NodaTime;
using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding.Tests.Parameters;

public class ParameterFormulaTests
{
    private static decimal? Lookup(string name, LocalDate date) => (name, date.Year) switch
    {
        ("budget", 2024) => 15_900_000m,
        ("budget", 2025) => 14_800_000m,
        _ => null,
    };

    private static decimal Evaluate(string formula)
    {
        Assert.True(ParameterFormula.TryEvaluate(formula, Lookup, out var result, out var problem), problem);
        return result;
    }

    private static string Problem(string formula)
    {
        Assert.False(ParameterFormula.TryEvaluate(formula, Lookup, out _, out var problem));
        return problem!;
    }

    [Theory]
    [InlineData("35000000 - 15900000 - 14800000", "4300000")]
    [InlineData("35000000 - [budget@2024] - [budget@2025]", "4300000")]
    [InlineData("59000000 - 24000000 - [budget@2024-06-30] - [budget@2025]", "4300000")]
    [InlineData("2 + 3 * 4", "14")]
    [InlineData("(2 + 3) * 4", "20")]
    [InlineData("10 - 4 - 3", "3")]
    [InlineData("-2 ^ 2", "4")]
    [InlineData("1.5 ^ 3", "3.375")]
    [InlineData("round(2.5, 0)", "3")]
    [InlineData("round(-2.5, 0)", "-3")]
    [InlineData("round(10378.4999, 0)", "10378")]
    [InlineData("root(27, 3)", "3")]
    [InlineData("round(root(11600 / 10000, 4) - 1, 4)", "0.0378")]
    [InlineData("round(10000 * root(11600 / 10000, 4) ^ 3, 0)", "11177")]
    public void Evaluate_GivesTheExactResult(string formula, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Evaluate(formula));
    }

    [Fact]
    public void Root_IsExactToTwentyEightDigits_SoThatItsPowerGivesTheNumberBack()
    {
        Assert.Equal(1.16m, decimal.Round(Evaluate("root(1.16, 4) ^ 4"), 20));
    }

    [Theory]
    [InlineData("1 +", "ends too early")]
    [InlineData("1 2", "unexpected '2'")]
    [InlineData("(1 + 2", "expected ')'")]
    [InlineData("[budget@2030]", "[budget@2030] has no number")]
    [InlineData("[budget]", "a reference is written [parameter@2024]")]
    [InlineData("[budget@mei]", "'mei' is neither a year nor a date")]
    [InlineData("max(1, 2)", "unknown function 'max'")]
    [InlineData("root(-8, 3)", "outside its domain")]
    [InlineData("2 ^ 0.5", "whole number")]
    [InlineData("1 / 0", "division by zero")]
    public void Evaluate_ABrokenFormula_SaysWhy(string formula, string expected)
    {
        Assert.Contains(expected, Problem(formula), StringComparison.Ordinal);
    }
}
