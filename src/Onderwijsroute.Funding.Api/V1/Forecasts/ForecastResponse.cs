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
/// <param name="Startpunt">Zonder opgegeven trajecten of starters: het startpunt van elke gemeente waarmee de prognose rekent (haar deel van de landelijke projectie); anders leeg.</param>
/// <param name="TussenDeRegelingen">Onderwijsroutedeelnemers die vóór 2026 zijn gehuisvest en in 2026 of later starten: geen toeslag, en de SPUK onderwijsroute eindigt met 2025.</param>
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
    ExplanationResponse Toelichting,
    IReadOnlyList<StartingPointResponse> Startpunt,
    long TussenDeRegelingen)
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
        ExplanationResponse.Of(result.Explanation),
        result.StartingPoints.Select(StartingPointResponse.Of).ToArray(),
        result.BetweenSchemes);
}
