using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Een bedrag met zijn post en toelichting.</summary>
/// <param name="Post">De kostenpost of het id van de regeling.</param>
/// <param name="Bedrag">Het bedrag in euro's.</param>
/// <param name="Toelichting">De parameters (met status en bron), aantallen, peildata en opmerkingen achter het bedrag.</param>
public sealed record ForecastFigureResponse(string Post, decimal Bedrag, ExplanationResponse Toelichting)
{
    internal static ForecastFigureResponse Of(ForecastFigure f) => new(f.Key, Euros.Of(f.Amount), ExplanationResponse.Of(f.Explanation));
}
