namespace Onderwijsroute.Funding.Forecasts;

/// <summary>An amount for one calendar year, e.g. the bridging offer costs (Dutch: <em>overbruggingskosten</em>) of that year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Amount">The amount, non-negative (checked by the calculation).</param>
public sealed record YearAmount(int Year, Money Amount);
