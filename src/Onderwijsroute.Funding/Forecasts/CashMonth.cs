namespace Onderwijsroute.Funding.Forecasts;

/// <summary>One month of the cash position (Dutch: <em>kasmaand</em>).</summary>
/// <param name="Month">The month (1-12).</param>
/// <param name="Received">Advances, provisional amounts and one-off payments that arrived in the month.</param>
/// <param name="Settlement">Settlements of the previous year that arrived in the month (negative: a recovery).</param>
/// <param name="Paid">The costs that fell in the month.</param>
/// <param name="Closing">The position at the end of the month.</param>
public sealed record CashMonth(int Month, Money Received, Money Settlement, Money Paid, Money Closing);
