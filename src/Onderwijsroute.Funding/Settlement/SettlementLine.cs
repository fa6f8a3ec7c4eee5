namespace Onderwijsroute.Funding.Settlement;

/// <summary>One gemeente's settlement (Dutch: <em>vaststellingsregel</em>); a value made when it is read from the result.</summary>
/// <param name="Municipality">The gemeente.</param>
/// <param name="MunicipalityName">Its name.</param>
/// <param name="Count">Its year-end count.</param>
/// <param name="Advance">The advance it received.</param>
/// <param name="Definitive">The definitive amount (Dutch: <em>vastgesteld</em>).</param>
public readonly record struct SettlementLine(MunicipalityCode Municipality, string MunicipalityName, long Count, Money Advance, Money Definitive)
{
    /// <summary><c>verschil = vastgesteld − voorschot</c>: positive is a nabetaling, negative a terugvordering.</summary>
    public Money Difference => Definitive - Advance;
}
