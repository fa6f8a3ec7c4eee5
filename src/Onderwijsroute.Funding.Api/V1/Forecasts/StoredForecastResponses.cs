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

/// <summary>De opgeslagen prognoses van een gemeente, laatst gewijzigd eerst.</summary>
/// <param name="GemeenteCode">De gemeente.</param>
/// <param name="Prognoses">De prognoses in het kort.</param>
public sealed record StoredForecastListResponse(string GemeenteCode, IReadOnlyList<StoredForecastSummaryResponse> Prognoses);

/// <summary>Een opgeslagen prognose in het kort.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Versie">De versie.</param>
/// <param name="ParameterVersie">De parameterversie van het opgeslagen resultaat.</param>
/// <param name="GewijzigdOp">Wanneer zij het laatst is vervangen.</param>
public sealed record StoredForecastSummaryResponse(string Id, string Href, string Naam, long Versie, string ParameterVersie, DateTimeOffset GewijzigdOp);

/// <summary>Een opgeslagen prognose opnieuw berekend met de parameters van nu, en wat daardoor verandert.</summary>
/// <param name="Id">Het id van de opgeslagen prognose.</param>
/// <param name="Versie">De versie van de opgeslagen prognose.</param>
/// <param name="OpgeslagenParameterVersie">De parameterversie van het opgeslagen resultaat.</param>
/// <param name="HuidigeParameterVersie">De parameterversie van nu (met de overschrijvingen van de invoer).</param>
/// <param name="ParametersGewijzigd">Of de parameterversies verschillen.</param>
/// <param name="Wijzigingen">Elk cijfer dat verschilt: jaar, soort, post, opgeslagen waarde, huidige waarde en het verschil.</param>
/// <param name="Huidig">Het resultaat met de parameters van nu (niet opgeslagen).</param>
public sealed record ForecastRecomputationResponse(string Id, long Versie, string OpgeslagenParameterVersie, string HuidigeParameterVersie, bool ParametersGewijzigd, IReadOnlyList<ForecastChangeResponse> Wijzigingen, ForecastResponse Huidig);

/// <summary>Eén cijfer dat verandert bij herberekening.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Soort">kosten, inkomsten, resultaat, verrekening of kaspositie.</param>
/// <param name="Post">De post.</param>
/// <param name="Opgeslagen">De opgeslagen waarde, of null.</param>
/// <param name="Huidig">De huidige waarde, of null.</param>
/// <param name="Verschil">huidig − opgeslagen, of null als een van beide ontbreekt.</param>
public sealed record ForecastChangeResponse(int Jaar, string Soort, string Post, decimal? Opgeslagen, decimal? Huidig, decimal? Verschil);
