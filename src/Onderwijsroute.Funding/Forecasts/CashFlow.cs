namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The cash position month by month: receipts in equal terms (the advance rhythm, <c>voorschottermijnen-per-jaar</c>),
/// the previous year's settlement in the settlement month, costs in the month they fall. Carried over from year to year.
/// </summary>
internal sealed class CashFlow(CostSchedule schedule, ForecastAssumptions assumptions)
{
    private long _position;

    public CashPosition Year(int y, Money received, ExpectedSettlement? previous)
    {
        var year = schedule.FirstYear + y;
        var explanation = new ExplanationBuilder(assumptions.Catalogue);
        var termsParameter = assumptions.Resolve(ForecastParameterNames.PaymentTerms, year);
        explanation.Use(termsParameter);
        // A divisor of 12, checked with the request (ForecastRules).
        var terms = (int)termsParameter.Value.AsInteger();

        var settlement = previous?.Difference ?? Money.Zero;
        var settlementMonth = previous?.SettlementMonth ?? 0;
        if (previous is not null)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"De verrekening over {year - 1} ({settlement.Euros} euro) komt in maand {settlementMonth}."));
        }

        var opening = _position;
        var lowest = long.MaxValue;
        var lowestMonth = 1;
        var paid = 0L;
        for (var month = 0; month < 12; month++)
        {
            // Term t of the year is paid in month t × 12 / terms (January first).
            if (month % (12 / terms) == 0)
            {
                _position = checked(_position + EvenSpread.Part(received.Cents, terms, month / (12 / terms)));
            }

            if (month + 1 == settlementMonth)
            {
                _position = checked(_position + settlement.Cents);
            }

            for (var category = 0; category < 4; category++)
            {
                var cost = schedule.MonthlyCosts[category, (y * 12) + month];
                paid += cost;
                _position -= cost;
            }

            if (_position < lowest)
            {
                lowest = _position;
                lowestMonth = month + 1;
            }
        }

        explanation.Note("Kaspositie vanaf 1 januari van het eerste prognosejaar: ontvangsten in gelijke termijnen (de SPUK onderwijsroute met haar voorschot), kosten in de maand waarin zij vallen; de laagste stand is die aan het einde van een maand.");
        return new CashPosition(Money.FromCents(opening), received + settlement, Money.FromCents(paid), Money.FromCents(lowest), lowestMonth, Money.FromCents(_position), settlement, explanation.Build());
    }
}
