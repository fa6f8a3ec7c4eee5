namespace Onderwijsroute.Funding.Tests;

public class MoneyTests
{
    [Fact]
    public void FromEuros_TwoDecimals_IsExactInCents()
    {
        Assert.Equal(4_651_237, Money.FromEuros(46_512.37m).Cents);
        Assert.Equal(46_512.37m, Money.FromEuros(46_512.37m).Euros);
    }

    [Fact]
    public void FromEuros_MoreThanTwoDecimals_IsRejectedNotRounded()
    {
        Assert.Throws<ArgumentException>(() => Money.FromEuros(0.005m));
        Assert.False(Money.TryFromEuros(1.001m, out _));
    }

    [Fact]
    public void TryFromEuros_AbsurdlyLarge_IsRefusedWithoutOverflow()
    {
        Assert.False(Money.TryFromEuros(decimal.MaxValue, out _));
    }

    [Fact]
    public void Arithmetic_TenBillionEuros_StaysExact()
    {
        var budget = Money.FromEuros(10_000_000_000L);

        Assert.Equal(1_000_000_000_000L, budget.Cents);
        Assert.Equal(Money.Zero, budget - budget);
        Assert.Equal(Money.FromEuros(20_000_000_000L), budget + budget);
    }

    [Fact]
    public void Addition_BeyondRange_Throws()
    {
        Assert.Throws<OverflowException>(() => Money.FromCents(long.MaxValue) + Money.FromCents(1));
    }

    [Fact]
    public void WholeEuros_AndOrdering()
    {
        Assert.True(Money.FromEuros(3).IsWholeEuros);
        Assert.False(Money.FromCents(301).IsWholeEuros);
        Assert.True(Money.FromCents(-1) < Money.Zero);
        Assert.Equal(Money.FromEuros(2), Money.Max(Money.FromEuros(2), Money.FromEuros(-5)));
    }
}
