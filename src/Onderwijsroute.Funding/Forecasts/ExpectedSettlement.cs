namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The expected settlement of the capped SPUK onderwijsroute for one year (Dutch: <em>verwachte verrekening</em>):
/// the advance by inhabitants, the expected definitive amount by the year-end count against the assumed national
/// count, and the difference, paid (nabetaling) or recovered (terugvordering) in the settlement month of the next year.
/// </summary>
/// <param name="SchemeId">The scheme (<c>spuk-onderwijsroute-2023</c>).</param>
/// <param name="Advance">The advance received during the year.</param>
/// <param name="Definitive">The expected definitive amount.</param>
/// <param name="OwnCount">The forecast's participants in the onderwijsroute on 31 December.</param>
/// <param name="NationalCount">The assumed national count on 31 December (at least the own count).</param>
/// <param name="SettlementYear">The year of the settlement payment.</param>
/// <param name="SettlementMonth">The month (1-12) of the settlement payment.</param>
/// <param name="Explanation">Parameters, counts and dates behind it.</param>
public sealed record ExpectedSettlement(string SchemeId, Money Advance, Money Definitive, long OwnCount, long NationalCount, int SettlementYear, int SettlementMonth, Explanation Explanation)
{
    /// <summary>The budget per person counted nationally (budget ÷ national count, in cents, halves away from zero): what one participant on 31 December brings from the pot.</summary>
    public Money AmountPerPerson { get; init; }

    /// <summary><c>definitief − voorschot</c>: positive is a nabetaling, negative a terugvordering.</summary>
    public Money Difference => Definitive - Advance;
}
