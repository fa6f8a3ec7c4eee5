namespace Onderwijsroute.Funding.Scenarios;

/// <summary>A per-person amount as an exact fraction of cents: <c>count × Numerator ÷ Denominator</c>, rounded to <c>UnitCents</c>.</summary>
internal readonly record struct RateCents(long Numerator, long Denominator, long UnitCents);
