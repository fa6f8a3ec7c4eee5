using CsCheck;
using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Tests.Forecasts;

public class EvenSpreadTests
{
    [Fact]
    public void Parts_AreWhatTheCappedBudgetAllocatorGivesForEqualWeights()
    {
        Gen.Select(Gen.Long[0, 10_000_000_00], Gen.Int[1, 120]).Sample((cents, parts) =>
        {
            var claims = Enumerable.Range(0, parts).Select(i => new AllocationClaim(i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), 1)).ToArray();
            var allocation = CappedBudgetAllocator.Allocate(Money.FromCents(cents), Money.FromCents(1), claims);

            return Enumerable.Range(0, parts).All(i => EvenSpread.Part(cents, parts, i) == allocation.Shares[i].Amount.Cents);
        });
    }

    [Fact]
    public void Part_SeventeenThousandOverEighteenMonths_GivesTheFirstEightMonthsTheExtraCent()
    {
        var parts = Enumerable.Range(0, 18).Select(i => EvenSpread.Part(1_700_000, 18, i)).ToArray();

        Assert.Equal(Enumerable.Repeat(94_445L, 8).Concat(Enumerable.Repeat(94_444L, 10)), parts);
        Assert.Equal(1_700_000, parts.Sum());
    }
}
