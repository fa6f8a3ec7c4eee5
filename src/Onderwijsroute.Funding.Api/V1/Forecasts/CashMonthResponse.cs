using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Eén maand van de kaspositie.</summary>
/// <param name="Maand">De maand (1-12).</param>
/// <param name="Ontvangen">Voorschotten, termijnen van voorlopige uitkeringen en eenmalige betalingen die in de maand binnenkwamen.</param>
/// <param name="Verrekening">De verrekening over het vorige jaar die in de maand binnenkwam (negatief: een terugvordering).</param>
/// <param name="Betaald">De kosten die in de maand vielen.</param>
/// <param name="Stand">De stand aan het einde van de maand.</param>
public sealed record CashMonthResponse(int Maand, decimal Ontvangen, decimal Verrekening, decimal Betaald, decimal Stand)
{
    internal static CashMonthResponse Of(CashMonth m) => new(m.Month, Euros.Of(m.Received), Euros.Of(m.Settlement), Euros.Of(m.Paid), Euros.Of(m.Closing));
}
