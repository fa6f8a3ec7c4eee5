namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Een opgeslagen prognose in het kort.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Versie">De versie.</param>
/// <param name="ParameterVersie">De parameterversie van het opgeslagen resultaat.</param>
/// <param name="GewijzigdOp">Wanneer zij het laatst is vervangen.</param>
public sealed record StoredForecastSummaryResponse(string Id, string Href, string Naam, long Versie, string ParameterVersie, DateTimeOffset GewijzigdOp);
