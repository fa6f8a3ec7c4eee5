namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Een opgeslagen prognose van een gemeente: de invoer zoals opgeslagen, het resultaat met de parameterversie van dat moment, en de versie (ook de ETag).</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad van de prognose.</param>
/// <param name="GemeenteCode">De gemeente die de prognose bewaart.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Versie">De versie: 1 bij aanmaken, één hoger bij elke vervanging; de ETag is deze versie tussen aanhalingstekens.</param>
/// <param name="ParameterVersie">De parameterversie waarmee het resultaat is berekend.</param>
/// <param name="AangemaaktOp">Wanneer de prognose is aangemaakt.</param>
/// <param name="GewijzigdOp">Wanneer zij het laatst is vervangen.</param>
/// <param name="Invoer">De invoer precies zoals opgeslagen.</param>
/// <param name="Resultaat">Het resultaat zoals toen berekend.</param>
public sealed record StoredForecastResponse(string Id, string Href, string GemeenteCode, string Naam, long Versie, string ParameterVersie, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp, SaveForecastRequest Invoer, ForecastResponse Resultaat);
