namespace Onderwijsroute.Funding.Scenarios;

/// <summary>A capped pot of one year: budget and unit, and either fixed amounts (a fixed key) or distribution by the year-end count.</summary>
internal sealed record PotRate(string SchemeId, Money Budget, Money Unit, long[]? FixedAmounts);
