using CsCheck;
using Onderwijsroute.Funding.Allocation;

namespace Onderwijsroute.Funding.Tests.Allocation;

/// <summary>Properties of docs/domain.md §4 over thousands of generated budgets and weight lists.</summary>
public class CappedBudgetAllocatorProperties
{
    private const int Iterations = 5_000;
    private static readonly Money Euro = Money.FromEuros(1);

    /// <summary>
    /// A budget up to €10 billion and 0–400 recipients with weights up to 10⁹ (often small, so ties occur), and
    /// sometimes up to 10¹⁵ so that the total weight exceeds 2⁴⁴ and the general remainder ordering is used too.
    /// </summary>
    private static readonly Gen<(long Budget, long[] Weights)> Inputs =
        Gen.Select(
            Gen.OneOf(Gen.Long[0, 1_000], Gen.Long[0, 100_000_000], Gen.Long[0, 10_000_000_000]),
            Gen.OneOf(Gen.Long[0, 5], Gen.Long[0, 1_000_000], Gen.Long[0, 1_000_000_000], Gen.Long[0, 1_000_000_000_000_000]).Array[0, 400]);

    private static Funding.Allocation.Allocation Allocate(long budget, IEnumerable<(string Code, long Weight)> claims) =>
        CappedBudgetAllocator.Allocate(Money.FromEuros(budget), Euro, claims.Select(c => new AllocationClaim(c.Code, c.Weight)).ToArray());

    private static (string Code, long Weight)[] Named(long[] weights) => weights.Select((w, i) => ($"GM{i:D4}", w)).ToArray();

    [Fact]
    public void SumEqualsBudget_OrNothingWhenTotalWeightIsZero()
    {
        Inputs.Sample(input =>
        {
            var allocation = Allocate(input.Budget, Named(input.Weights));
            var expected = input.Weights.Sum() == 0 ? 0 : input.Budget;
            return allocation.Distributed == Money.FromEuros(expected)
                && allocation.Distributed + allocation.Undistributed == Money.FromEuros(input.Budget);
        }, iter: Iterations);
    }

    [Fact]
    public void NoAmountIsNegative_AndEachIsFloorOrFloorPlusOne()
    {
        Inputs.Sample(input =>
        {
            var allocation = Allocate(input.Budget, Named(input.Weights));
            var total = (Int128)input.Weights.Sum();
            return total == 0 || allocation.Shares.All(s =>
            {
                var floor = (long)((Int128)input.Budget * s.Weight / total);
                var euros = s.Amount.Cents / 100;
                return euros >= 0 && (euros == floor || euros == floor + 1);
            });
        }, iter: Iterations);
    }

    [Fact]
    public void ResultDoesNotDependOnInputOrder()
    {
        Gen.Select(Inputs, Gen.Int).Sample((input, seed) =>
        {
            var named = Named(input.Weights);
            var shuffled = named.OrderBy(_ => Random.Shared.Next()).ToArray();
            new Random(seed).Shuffle(shuffled);
            var a = Allocate(input.Budget, named).Shares;
            var b = Allocate(input.Budget, shuffled).Shares;
            return a.SequenceEqual(b);
        }, iter: Iterations);
    }

    [Fact]
    public void MoreWeight_NeverGivesLessThanARecipientWithLessWeight()
    {
        Inputs.Sample(input =>
        {
            var shares = Allocate(input.Budget, Named(input.Weights)).Shares;
            return shares.All(a => shares.All(b => a.Weight <= b.Weight || a.Amount >= b.Amount));
        }, iter: 1_000);
    }

    [Fact]
    public void RaisingOneWeight_NeverLowersThatRecipientsAmount()
    {
        Gen.Select(Inputs.Where(i => i.Weights.Length > 0), Gen.Int.Positive, Gen.Long[1, 1_000_000]).Sample((input, pick, extra) =>
        {
            var index = pick % input.Weights.Length;
            var before = Allocate(input.Budget, Named(input.Weights)).Shares[index].Amount;
            var raised = (long[])input.Weights.Clone();
            raised[index] += extra;
            var after = Allocate(input.Budget, Named(raised)).Shares[index].Amount;
            return after >= before;
        }, iter: Iterations);
    }

    [Fact]
    public void EqualsANaiveReferenceOfTheRule()
    {
        // The rule of docs/domain.md §4 written as plainly as possible (BigInteger, full sort), against the optimised code.
        Inputs.Sample(input =>
        {
            var named = Named(input.Weights);
            var total = new System.Numerics.BigInteger(input.Weights.Sum());
            if (total.IsZero)
            {
                return true;
            }

            var exact = named.Select(c => (c.Code, Product: new System.Numerics.BigInteger(input.Budget) * c.Weight)).ToArray();
            var amounts = exact.ToDictionary(e => e.Code, e => (long)(e.Product / total), StringComparer.Ordinal);
            var leftover = input.Budget - amounts.Values.Sum();
            foreach (var e in exact.OrderByDescending(e => e.Product % total).ThenBy(e => e.Code, StringComparer.Ordinal).Take((int)leftover))
            {
                amounts[e.Code]++;
            }

            return Allocate(input.Budget, named).Shares.All(s => s.Amount == Money.FromEuros(amounts[s.RecipientCode]));
        }, iter: Iterations);
    }

    [Fact]
    public void ZeroTotalWeight_DistributesNothingAndReportsTheWholeBudget()
    {
        Gen.Select(Gen.Long[0, 10_000_000_000], Gen.Int[0, 50]).Sample((budget, count) =>
        {
            var allocation = Allocate(budget, Named(new long[count]));
            return allocation.Distributed == Money.Zero && allocation.Undistributed == Money.FromEuros(budget) && !allocation.IsDistributed;
        }, iter: 1_000);
    }
}
