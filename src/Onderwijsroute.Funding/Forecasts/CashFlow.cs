namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The cash position month by month (docs/domain.md §4.7): each month's receipts as the year's payments lay them out,
/// the previous year's settlements in their month, the costs in the month they fall. Carried over from year to year.
/// </summary>
internal sealed class CashFlow(CostSchedule schedule, ParameterCatalogue catalogue)
{
    private long _position;

    public CashPosition Year(int y, YearPayments payments, YearPayments? previous)
    {
        var year = schedule.FirstYear + y;
        var explanation = new ExplanationBuilder(catalogue);
        explanation.Include(payments.Explanation);
        var settlement = previous?.SettledNextYear ?? 0;
        var settlementMonth = previous?.SettlementMonth ?? 0;
        if (previous is not null)
        {
            explanation.Note(string.Create(CultureInfo.InvariantCulture, $"De verrekening over {year - 1} ({Money.FromCents(settlement).Euros} euro) komt in maand {settlementMonth}."));
        }

        var opening = _position;
        var lowest = long.MaxValue;
        var lowestMonth = 1;
        var paid = 0L;
        var received = 0L;
        var months = new CashMonth[12];
        for (var month = 0; month < 12; month++)
        {
            var settled = month + 1 == settlementMonth ? settlement : 0;
            var costs = 0L;
            for (var category = 0; category < 4; category++)
            {
                costs += schedule.MonthlyCosts[category][(y * 12) + month];
            }

            received = checked(received + payments.Monthly[month]);
            paid = checked(paid + costs);
            _position = checked(_position + payments.Monthly[month] + settled - costs);
            months[month] = new CashMonth(month + 1, Money.FromCents(payments.Monthly[month]), Money.FromCents(settled), Money.FromCents(costs), Money.FromCents(_position));
            if (_position < lowest)
            {
                lowest = _position;
                lowestMonth = month + 1;
            }
        }

        explanation.Note("Kaspositie vanaf 1 januari van het eerste prognosejaar, per maand (maanden): ontvangsten zoals hierboven, de verrekening van het vorige jaar in haar maand, kosten in de maand waarin zij vallen; de laagste stand is die aan het einde van een maand.");
        return new CashPosition(Money.FromCents(opening), Money.FromCents(received + settlement), Money.FromCents(paid), Money.FromCents(lowest), lowestMonth, Money.FromCents(_position), Money.FromCents(settlement), months, explanation.Build());
    }
}
