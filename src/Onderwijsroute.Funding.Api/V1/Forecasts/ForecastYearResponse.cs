using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Eén jaar van de prognose.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Kosten">De kosten per post: trajecten, b1Entree, reiskosten, overbrugging.</param>
/// <param name="TotaalKosten">De som van de kosten.</param>
/// <param name="Inkomsten">De inkomsten per regeling die aan de onderwijsroute zijn toe te rekenen (de SPUK onderwijsroute met het verwachte definitieve bedrag).</param>
/// <param name="TotaalInkomsten">De som van de inkomsten.</param>
/// <param name="Voorgefinancierd">Het deel van de kosten voor deelnemers die nog geen financiering brengen (jonger dan 18): de gemeente financiert het voor.</param>
/// <param name="VerwachteVerrekening">De verwachte vaststelling van de SPUK onderwijsroute tegen het voorschot; null in een jaar zonder die regeling.</param>
/// <param name="KasPositie">De kaspositie tijdens het jaar.</param>
/// <param name="Tekort">totaalKosten − totaalInkomsten; negatief is een overschot.</param>
/// <param name="Dekkingsgraad">totaalInkomsten / totaalKosten op vier decimalen; null zonder kosten.</param>
/// <param name="CumulatiefTekort">De som van de tekorten vanaf het eerste jaar.</param>
/// <param name="Toelichting">Aantallen en opmerkingen van het jaar.</param>
public sealed record ForecastYearResponse(
    int Jaar,
    IReadOnlyList<ForecastFigureResponse> Kosten,
    decimal TotaalKosten,
    IReadOnlyList<ForecastFigureResponse> Inkomsten,
    decimal TotaalInkomsten,
    ForecastFigureResponse Voorgefinancierd,
    ExpectedSettlementResponse? VerwachteVerrekening,
    CashPositionResponse KasPositie,
    decimal Tekort,
    decimal? Dekkingsgraad,
    decimal CumulatiefTekort,
    ExplanationResponse Toelichting)
{
    internal static ForecastYearResponse Of(ForecastYear y) => new(
        y.Year,
        y.Costs.Select(ForecastFigureResponse.Of).ToArray(),
        Euros.Of(y.TotalCosts),
        y.Income.Select(ForecastFigureResponse.Of).ToArray(),
        Euros.Of(y.TotalIncome),
        ForecastFigureResponse.Of(y.Prefinanced),
        y.Settlement is { } s ? ExpectedSettlementResponse.Of(s) : null,
        CashPositionResponse.Of(y.Cash),
        Euros.Of(y.Shortfall),
        y.CoverageRatio,
        Euros.Of(y.CumulativeShortfall),
        ExplanationResponse.Of(y.Explanation));
}
