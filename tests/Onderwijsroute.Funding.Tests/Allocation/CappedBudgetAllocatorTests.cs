using Onderwijsroute.Funding.Allocation;

namespace Onderwijsroute.Funding.Tests.Allocation;

public class CappedBudgetAllocatorTests
{
    private static readonly Money Euro = Money.FromEuros(1);

    private static Funding.Allocation.Allocation Allocate(long budgetEuros, params (string Code, long Weight)[] weights) =>
        CappedBudgetAllocator.Allocate(Money.FromEuros(budgetEuros), Euro, weights.Select(w => new AllocationClaim(w.Code, w.Weight)).ToArray());

    [Fact]
    public void Allocate_LeftoverUnits_GoToLargestRemainders()
    {
        // 10 by 1:1:1:3 → 1.67, 1.67, 1.67, 5 → floors 1,1,1,5 (8), two left; remainders 10 mod 6 = 4 for the
        // first three, 0 for D: the two lowest codes with remainder 4 (A, B) get them.
        var allocation = Allocate(10, ("D", 3), ("C", 1), ("B", 1), ("A", 1));

        Assert.Equal([2m, 2m, 1m, 5m], allocation.Shares.Select(s => s.Amount.Euros));
        Assert.Equal(["A", "B", "C", "D"], allocation.Shares.Select(s => s.RecipientCode));
        Assert.True(allocation.Shares[0].ReceivedRemainderUnit);
        Assert.False(allocation.Shares[2].ReceivedRemainderUnit);
    }

    [Fact]
    public void Allocate_WeightsSumToZero_DistributesNothing()
    {
        var allocation = Allocate(500, ("A", 0), ("B", 0));

        Assert.False(allocation.IsDistributed);
        Assert.All(allocation.Shares, s => Assert.Equal(Money.Zero, s.Amount));
        Assert.Equal(Money.FromEuros(500), allocation.Undistributed);
    }

    [Fact]
    public void Allocate_NoRecipients_DistributesNothing()
    {
        var allocation = Allocate(500);

        Assert.Empty(allocation.Shares);
        Assert.Equal(Money.FromEuros(500), allocation.Undistributed);
    }

    [Fact]
    public void Allocate_BudgetNotWholeUnits_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => CappedBudgetAllocator.Allocate(Money.FromCents(1050), Euro, [new AllocationClaim("A", 1)]));
    }

    [Fact]
    public void Allocate_NegativeBudget_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Allocate(-1, ("A", 1)));
    }

    [Fact]
    public void Claim_NegativeWeight_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AllocationClaim("A", -1));
    }

    [Fact]
    public void Allocate_DuplicateRecipient_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Allocate(10, ("A", 1), ("A", 2)));
    }

    [Fact]
    public void Allocate_TenBillionByWeightsOfABillion_DoesNotOverflow()
    {
        var weights = Enumerable.Range(0, 342).Select(i => ($"GM{i:D4}", 1_000_000_000L - i)).ToArray();

        var allocation = Allocate(10_000_000_000, weights);

        Assert.Equal(Money.FromEuros(10_000_000_000), allocation.Distributed);
        Assert.Equal(342L * 1_000_000_000 - (341 * 342 / 2), allocation.TotalWeight);
    }

    [Fact]
    public void AmountFor_UnknownRecipient_IsNull()
    {
        Assert.Null(Allocate(10, ("A", 1)).AmountFor("B"));
        Assert.Equal(Money.FromEuros(10), Allocate(10, ("A", 1)).AmountFor("A"));
    }
}
