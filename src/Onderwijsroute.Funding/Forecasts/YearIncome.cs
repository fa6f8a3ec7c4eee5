namespace Onderwijsroute.Funding.Forecasts;

/// <summary>One forecast year's income: the figures per scheme, the expected settlement of the capped SPUK, and when the money arrives.</summary>
/// <param name="Figures">The income per scheme, in the order of the forecast's income list.</param>
/// <param name="Settlement">The capped SPUK's expected settlement, or <c>null</c> outside its years.</param>
/// <param name="Payments">The receipts of the year by month and what is settled in the next year.</param>
internal sealed record YearIncome(List<ForecastFigure> Figures, ExpectedSettlement? Settlement, YearPayments Payments);
