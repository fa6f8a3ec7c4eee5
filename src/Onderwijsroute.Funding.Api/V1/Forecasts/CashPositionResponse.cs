using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>De kaspositie van de onderwijsroute tijdens een jaar, cumulatief vanaf het eerste prognosejaar.</summary>
/// <param name="Begin">De stand op 1 januari.</param>
/// <param name="Ontvangen">Wat in het jaar binnenkwam (voorschotten en voorlopige uitkeringen in maandelijkse termijnen, eenmalige betalingen in hun maand, de verrekening van het vorige jaar in mei).</param>
/// <param name="Betaald">De kosten van het jaar.</param>
/// <param name="Laagste">De laagste stand aan het einde van een maand.</param>
/// <param name="LaagsteMaand">De maand (1-12) van de laagste stand.</param>
/// <param name="Eind">De stand op 31 december.</param>
/// <param name="VerrekeningOntvangen">De verrekeningen over het vorige jaar die dit jaar binnenkwamen (negatief: terugbetaald).</param>
/// <param name="Toelichting">Het betaalritme.</param>
/// <param name="Maanden">De twaalf maanden: ontvangen, verrekening, betaald en de stand aan het einde van elke maand.</param>
public sealed record CashPositionResponse(decimal Begin, decimal Ontvangen, decimal Betaald, decimal Laagste, int LaagsteMaand, decimal Eind, decimal VerrekeningOntvangen, ExplanationResponse Toelichting, IReadOnlyList<CashMonthResponse> Maanden)
{
    internal static CashPositionResponse Of(CashPosition c) =>
        new(Euros.Of(c.Opening), Euros.Of(c.Received), Euros.Of(c.Paid), Euros.Of(c.Lowest), c.LowestMonth, Euros.Of(c.Closing), Euros.Of(c.SettlementReceived), ExplanationResponse.Of(c.Explanation), c.Months.Select(CashMonthResponse.Of).ToArray());
}
