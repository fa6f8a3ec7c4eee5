using CsCheck;
using Onderwijsroute.Funding.Allocation;
using Onderwijsroute.Funding.Scenarios;

namespace Onderwijsroute.Funding.Tests.Scenarios;

/// <summary>The scenario kernel's distribution by head counts equals the capped budget allocator (docs/domain.md §4.2) exactly.</summary>
public class CountDistributorProperties
{
    /// <summary>
    /// 1–400 gemeenten with small counts (many zeros and ties, as in a draw), sometimes counts beyond the tabulated
    /// range (given counts), and budgets from a few units to €10 billion in cents.
    /// </summary>
    private static readonly Gen<(long Budget, long[] Counts)> Inputs =
        Gen.Select(
            Gen.OneOf(Gen.Long[0, 1_000], Gen.Long[0, 35_000_000], Gen.Long[0, 1_000_000_000_000]),
            Gen.OneOf(Gen.Long[0, 3], Gen.Long[0, 200], Gen.Long[0, 100_000]).Array[1, 400]);

    [Fact]
    public void Distribute_EqualsTheAllocator()
    {
        Inputs.Sample(input =>
        {
            var total = input.Counts.Sum();
            if (total == 0)
            {
                return true;
            }

            var claims = input.Counts.Select((count, i) => new AllocationClaim($"GM{i:D4}", count)).ToArray();
            var expected = CappedBudgetAllocator.Allocate(Money.FromCents(input.Budget), Money.FromCents(1), claims).Shares.Select(s => s.Amount.Cents);
            var units = new long[input.Counts.Length];

            new CountDistributor(input.Counts.Length).Distribute((ulong)input.Budget, 1, input.Counts, total, units);

            return expected.SequenceEqual(units);
        }, iter: 5_000);
    }

    [Fact]
    public void Distribute_BudgetTimesCountBeyond64Bits_TakesTheAllocatorsWay()
    {
        // B·w no longer fits in 64 bits (a budget near 2⁶², counts up to 7): the per-count table cannot be used, and the
        // allocator's own arithmetic must give the result.
        long[] counts = [3, 5, 0, 7, 1];
        var budget = (1L << 62) + 12_345;
        var claims = counts.Select((count, i) => new AllocationClaim($"GM{i:D4}", count)).ToArray();
        var expected = CappedBudgetAllocator.Allocate(Money.FromCents(budget), Money.FromCents(1), claims).Shares.Select(s => s.Amount.Cents).ToArray();
        var units = new long[counts.Length];

        new CountDistributor(counts.Length).Distribute((ulong)budget, 1, counts, counts.Sum(), units);

        Assert.Equal(expected, units);
        Assert.Equal(budget, units.Sum());
    }

    [Fact]
    public void Distribute_ReusedAcrossCalls_GivesTheSameAsAFreshOne()
    {
        // One instance per thread keeps its tables between years and draws: an earlier, larger table must not leak (one
        // thread, as in the simulation: an instance is not shared).
        var reused = new CountDistributor(300);
        Gen.Select(Inputs, Gen.Long[0, 40].Array[300]).Sample((input, counts) =>
        {
            var total = counts.Sum();
            if (total == 0)
            {
                return true;
            }

            var first = new long[300];
            var second = new long[300];
            reused.Distribute((ulong)input.Budget, 1, counts, total, first);
            new CountDistributor(300).Distribute((ulong)input.Budget, 1, counts, total, second);
            return first.SequenceEqual(second);
        }, iter: 2_000, threads: 1);
    }

    [Fact]
    public void Distribute_InCents_IsTheUnitsTimesTheRoundingUnit()
    {
        Gen.Select(Inputs, Gen.Long[1, 10_000]).Sample((input, unit) =>
        {
            var total = input.Counts.Sum();
            if (total == 0 || input.Budget > 1_000_000_000)
            {
                return true;
            }

            var units = new long[input.Counts.Length];
            var cents = new long[input.Counts.Length];
            var distributor = new CountDistributor(input.Counts.Length);
            distributor.Distribute((ulong)input.Budget, 1, input.Counts, total, units);
            distributor.Distribute((ulong)input.Budget, unit, input.Counts, total, cents);
            return units.Select(u => u * unit).SequenceEqual(cents);
        }, iter: 2_000);
    }
}
