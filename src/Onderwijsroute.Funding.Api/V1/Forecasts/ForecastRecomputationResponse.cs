namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Een opgeslagen prognose opnieuw berekend met de parameters van nu, en wat daardoor verandert.</summary>
/// <param name="Id">Het id van de opgeslagen prognose.</param>
/// <param name="Versie">De versie van de opgeslagen prognose.</param>
/// <param name="OpgeslagenParameterVersie">De parameterversie van het opgeslagen resultaat.</param>
/// <param name="HuidigeParameterVersie">De parameterversie van nu (met de overschrijvingen van de invoer).</param>
/// <param name="ParametersGewijzigd">Of de parameterversies verschillen.</param>
/// <param name="Wijzigingen">Elk cijfer dat verschilt: jaar, soort, post, opgeslagen waarde, huidige waarde en het verschil.</param>
/// <param name="Huidig">Het resultaat met de parameters van nu (niet opgeslagen).</param>
public sealed record ForecastRecomputationResponse(string Id, long Versie, string OpgeslagenParameterVersie, string HuidigeParameterVersie, bool ParametersGewijzigd, IReadOnlyList<ForecastChangeResponse> Wijzigingen, ForecastResponse Huidig);
