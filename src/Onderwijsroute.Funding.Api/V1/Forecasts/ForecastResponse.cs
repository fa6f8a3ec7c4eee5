using Onderwijsroute.Funding.Api.V1.Common;
using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Een prognose: per jaar kosten, inkomsten, verwachte verrekening, kaspositie en tekort, met de gevoeligheid voor het landelijke aantal.</summary>
/// <param name="GemeenteCode">De gemeente van een gemeenteprognose, anders null.</param>
/// <param name="ArbeidsmarktregioCode">De regio van een regioprognose, anders null.</param>
/// <param name="Naam">De naam van de gemeente of regio.</param>
/// <param name="Gemeenten">De gemeenten die de prognose optelt.</param>
/// <param name="VanJaar">Het eerste jaar.</param>
/// <param name="TotEnMetJaar">Het laatste jaar.</param>
/// <param name="ParameterVersie">De parameterversie waarmee is gerekend (met de overschrijvingen van het verzoek).</param>
/// <param name="Jaren">De jaren, in volgorde.</param>
/// <param name="Gevoeligheid">Per jaar van de SPUK onderwijsroute (2023-2025): het definitieve bedrag en het tekort bij een landelijk aantal dat 10, 25 of 50% lager of hoger is, en het landelijke aantal waarbij het tekort nul is.</param>
/// <param name="Toelichting">De opmerkingen en overschrijvingen die voor de hele prognose gelden.</param>
public sealed record ForecastResponse(
    string? GemeenteCode,
    string? ArbeidsmarktregioCode,
    string Naam,
    IReadOnlyList<string> Gemeenten,
    int VanJaar,
    int TotEnMetJaar,
    string ParameterVersie,
    IReadOnlyList<ForecastYearResponse> Jaren,
    IReadOnlyList<YearSensitivityResponse> Gevoeligheid,
    ExplanationResponse Toelichting)
{
    internal static ForecastResponse Of(ForecastResult result) => new(
        result.Scope.Municipality?.Value,
        result.Scope.Region?.Value,
        result.Name,
        result.Municipalities.Select(m => m.Value).ToArray(),
        result.Years[0].Year,
        result.Years[^1].Year,
        result.ParameterVersion,
        result.Years.Select(ForecastYearResponse.Of).ToArray(),
        result.Sensitivity.Select(YearSensitivityResponse.Of).ToArray(),
        ExplanationResponse.Of(result.Explanation));
}

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

/// <summary>Een bedrag met zijn post en toelichting.</summary>
/// <param name="Post">De kostenpost of het id van de regeling.</param>
/// <param name="Bedrag">Het bedrag in euro's.</param>
/// <param name="Toelichting">De parameters (met status en bron), aantallen, peildata en opmerkingen achter het bedrag.</param>
public sealed record ForecastFigureResponse(string Post, decimal Bedrag, ExplanationResponse Toelichting)
{
    internal static ForecastFigureResponse Of(ForecastFigure f) => new(f.Key, Euros.Of(f.Amount), ExplanationResponse.Of(f.Explanation));
}

/// <summary>De verwachte verrekening van de SPUK onderwijsroute voor een jaar.</summary>
/// <param name="Regeling">De regeling.</param>
/// <param name="Voorschot">Het voorschot naar inwoners.</param>
/// <param name="Definitief">Het verwachte definitieve bedrag: het budget verdeeld naar het eigen aantal op 31 december en de rest van het land.</param>
/// <param name="Verschil">definitief − voorschot: positief een nabetaling, negatief een terugvordering.</param>
/// <param name="EigenAantal">De eigen deelnemers in de onderwijsroute op 31 december.</param>
/// <param name="LandelijkAantal">Het veronderstelde landelijke aantal.</param>
/// <param name="Betaaljaar">Het jaar van de verrekening.</param>
/// <param name="Betaalmaand">De maand van de verrekening.</param>
/// <param name="Toelichting">Parameters, aantallen en peildata.</param>
public sealed record ExpectedSettlementResponse(string Regeling, decimal Voorschot, decimal Definitief, decimal Verschil, long EigenAantal, long LandelijkAantal, int Betaaljaar, int Betaalmaand, ExplanationResponse Toelichting)
{
    internal static ExpectedSettlementResponse Of(ExpectedSettlement s) =>
        new(s.SchemeId, Euros.Of(s.Advance), Euros.Of(s.Definitive), Euros.Of(s.Difference), s.OwnCount, s.NationalCount, s.SettlementYear, s.SettlementMonth, ExplanationResponse.Of(s.Explanation));
}

/// <summary>De kaspositie van de onderwijsroute tijdens een jaar, cumulatief vanaf het eerste prognosejaar.</summary>
/// <param name="Begin">De stand op 1 januari.</param>
/// <param name="Ontvangen">Wat in het jaar binnenkwam (voorschotten en uitkeringen in gelijke termijnen, de verrekening van het vorige jaar).</param>
/// <param name="Betaald">De kosten van het jaar.</param>
/// <param name="Laagste">De laagste stand aan het einde van een maand.</param>
/// <param name="LaagsteMaand">De maand (1-12) van de laagste stand.</param>
/// <param name="Eind">De stand op 31 december.</param>
/// <param name="VerrekeningOntvangen">De verrekening over het vorige jaar die dit jaar binnenkwam (negatief: terugbetaald).</param>
/// <param name="Toelichting">Het betaalritme.</param>
public sealed record CashPositionResponse(decimal Begin, decimal Ontvangen, decimal Betaald, decimal Laagste, int LaagsteMaand, decimal Eind, decimal VerrekeningOntvangen, ExplanationResponse Toelichting)
{
    internal static CashPositionResponse Of(CashPosition c) =>
        new(Euros.Of(c.Opening), Euros.Of(c.Received), Euros.Of(c.Paid), Euros.Of(c.Lowest), c.LowestMonth, Euros.Of(c.Closing), Euros.Of(c.SettlementReceived), ExplanationResponse.Of(c.Explanation));
}

/// <summary>De gevoeligheid van één jaar voor het landelijke aantal.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="EigenAantal">Het eigen aantal op 31 december.</param>
/// <param name="LandelijkAantal">Het veronderstelde landelijke aantal.</param>
/// <param name="Varianten">Per wijziging van het landelijke aantal: het aantal, het definitieve bedrag en het tekort.</param>
/// <param name="TekortNul">Waar het tekort nul wordt.</param>
public sealed record YearSensitivityResponse(int Jaar, long EigenAantal, long LandelijkAantal, IReadOnlyList<SensitivityVariantResponse> Varianten, BreakEvenResponse TekortNul)
{
    internal static YearSensitivityResponse Of(YearSensitivity s) => new(
        s.Year,
        s.OwnCount,
        s.BaseNationalCount,
        s.Variants.Select(v => new SensitivityVariantResponse(v.ChangePercent, v.NationalCount, Euros.Of(v.Definitive), Euros.Of(v.Shortfall))).ToArray(),
        new BreakEvenResponse(
            s.BreakEven.Kind switch { BreakEvenKind.Reached => "bereikt", BreakEvenKind.NeverReached => "nooit", _ => "altijd" },
            s.BreakEven.NationalCount,
            s.BreakEven.Explanation));
}

/// <summary>Eén variant van het landelijke aantal.</summary>
/// <param name="WijzigingProcent">De wijziging in procenten, bijvoorbeeld -10 of 25.</param>
/// <param name="LandelijkAantal">Het landelijke aantal in deze variant.</param>
/// <param name="Definitief">Het verwachte definitieve bedrag.</param>
/// <param name="Tekort">Het tekort van het jaar.</param>
public sealed record SensitivityVariantResponse(int WijzigingProcent, long LandelijkAantal, decimal Definitief, decimal Tekort);

/// <summary>Het landelijke aantal waarbij het tekort nul wordt.</summary>
/// <param name="Uitkomst">bereikt (er is zo'n aantal), nooit (zelfs het hele budget dekt het tekort niet) of altijd (er is bij elk aantal geen tekort).</param>
/// <param name="LandelijkAantal">Bij 'bereikt': het hoogste landelijke aantal waarbij het tekort nul of negatief is; anders null.</param>
/// <param name="Toelichting">Uitleg.</param>
public sealed record BreakEvenResponse(string Uitkomst, long? LandelijkAantal, string Toelichting);
