namespace Onderwijsroute.Funding.Forecasts;

/// <summary>When a forecast year's income arrives (docs/domain.md §4.7).</summary>
/// <param name="Monthly">Cents received in each month of the year (index 0 is January): advances, provisional amounts and one-off payments.</param>
/// <param name="SettledNextYear">Cents settled in the next year (definitive − provisional or advance; negative: a recovery).</param>
/// <param name="SettlementMonth">The month of the next year in which that settlement arrives.</param>
/// <param name="Explanation">The payment rhythm and the parameters behind it.</param>
internal sealed record YearPayments(long[] Monthly, long SettledNextYear, int SettlementMonth, Explanation Explanation);
