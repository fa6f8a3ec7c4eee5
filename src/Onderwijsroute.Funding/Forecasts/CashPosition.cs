namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The cash position of the onderwijsroute during one year (Dutch: <em>kaspositie</em>), cumulative from the start of
/// the forecast: receipts (provisional amounts and advances in equal monthly terms, one-off payments in their month, the
/// previous year's settlements in their month) minus costs by the month they fall in. A negative position is money the gemeente pre-finances from its own means.
/// </summary>
/// <param name="Opening">The position on 1 January (0 in the first forecast year).</param>
/// <param name="Received">What arrived during the year, the previous year's settlement included.</param>
/// <param name="Paid">The costs of the year.</param>
/// <param name="Lowest">The lowest month-end position in the year.</param>
/// <param name="LowestMonth">The month (1-12) of the lowest position; the first such month on a tie.</param>
/// <param name="Closing">The position on 31 December.</param>
/// <param name="SettlementReceived">The settlements of the previous year that arrived this year (negative: a recovery).</param>
/// <param name="Months">The twelve months: receipts, settlements, costs and the position at each month's end.</param>
/// <param name="Explanation">The payment rhythm behind it.</param>
public sealed record CashPosition(Money Opening, Money Received, Money Paid, Money Lowest, int LowestMonth, Money Closing, Money SettlementReceived, IReadOnlyList<CashMonth> Months, Explanation Explanation);
