namespace Onderwijsroute.Funding.Settlement;

/// <summary>A capped budget distributed over the gemeenten by one weight each (docs/domain.md §4.2), in code order.</summary>
/// <param name="AmountCents">Each gemeente's amount in cents, at its position in the reference data.</param>
/// <param name="TotalWeight">The sum of the weights.</param>
/// <param name="Undistributed">The whole budget when the total weight is 0, else zero.</param>
internal readonly record struct DistributedBudget(long[] AmountCents, long TotalWeight, Money Undistributed);
