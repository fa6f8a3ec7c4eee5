using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// Lays a year's income out over its months (docs/domain.md §4.7): the regular SPUK and the supplement as equal terms of
/// a provisional amount (<c>aandeel-voorlopige-uitkering</c> of the expected definitive amount) with the rest settled in
/// the settlement month of the next year; the capped SPUK as equal terms of its advance with the difference to the
/// definitive amount settled likewise; a one-off payment in its month; everything else in equal terms.
/// </summary>
internal sealed class PaymentSchedule
{
    private readonly long[] _monthly = new long[12];
    private readonly ExplanationBuilder _explanation;
    private readonly int _terms;
    private readonly decimal _provisionalShare;
    private readonly int _settlementMonth;
    private readonly int _year;
    private long _settled;

    public PaymentSchedule(ForecastAssumptions assumptions, int year)
    {
        _year = year;
        _explanation = new ExplanationBuilder(assumptions.Catalogue);
        // A divisor of 12, checked with the request (ForecastRules).
        _terms = (int)_explanation.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.PaymentTerms, year).AsInteger();
        _provisionalShare = _explanation.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.ProvisionalShare, year).AsFraction();
        _settlementMonth = (int)_explanation.ForYear(SchemeIds.ForecastAssumptions, ForecastParameterNames.SettlementMonth, year).AsInteger();
    }

    /// <summary>An open-ended grant (regular SPUK, supplement): its provisional amount in terms, the rest settled next year.</summary>
    public void Provisional(Money definitive)
    {
        var provisional = Rounding.RoundHalfAwayFromZero(definitive.Euros * _provisionalShare, Money.FromCents(1));
        InTerms(provisional);
        _settled = checked(_settled + (definitive - provisional).Cents);
    }

    /// <summary>The capped SPUK: its advance in terms, the expected difference settled next year.</summary>
    public void Advance(ExpectedSettlement? settlement)
    {
        if (settlement is not null)
        {
            InTerms(settlement.Advance);
            _settled = checked(_settled + settlement.Difference.Cents);
        }
    }

    /// <summary>A scheme's amount at once in the month of its <c>betaalmaand</c> (1-12), or in terms when that is 0.</summary>
    public void InPaymentMonth(Money amount, string schemeId)
    {
        if (amount == Money.Zero)
        {
            return;
        }

        var month = (int)_explanation.ForYear(schemeId, ParameterNames.PaymentMonth, _year).AsInteger();
        if (month == 0)
        {
            InTerms(amount);
            return;
        }

        _monthly[month - 1] = checked(_monthly[month - 1] + amount.Cents);
    }

    /// <summary>An amount in the year's equal terms: term t in month t × 12 / terms (January first), the first terms taking the leftover cents.</summary>
    public void InTerms(Money amount)
    {
        for (var t = 0; t < _terms; t++)
        {
            _monthly[t * (12 / _terms)] = checked(_monthly[t * (12 / _terms)] + EvenSpread.Part(amount.Cents, _terms, t));
        }
    }

    public YearPayments Build()
    {
        _explanation.Note("Ontvangsten: de reguliere SPUK en de toeslag als termijnen van de voorlopige uitkering (het aandeel 'aandeel-voorlopige-uitkering' van het verwachte definitieve bedrag), het voorschot van de SPUK onderwijsroute in termijnen, de €24 mln in haar betaalmaand (of in termijnen), het gemeentefonds in termijnen; het verschil tussen definitief en voorlopig of voorschot volgt in de verrekeningsmaand van het volgende jaar.");
        return new YearPayments(_monthly, _settled, _settlementMonth, _explanation.Build());
    }
}
