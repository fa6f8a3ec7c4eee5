namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Eén cijfer dat verandert bij herberekening.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Soort">kosten, inkomsten, resultaat, verrekening of kaspositie.</param>
/// <param name="Post">De post.</param>
/// <param name="Opgeslagen">De opgeslagen waarde, of null.</param>
/// <param name="Huidig">De huidige waarde, of null.</param>
/// <param name="Verschil">huidig − opgeslagen, of null als een van beide ontbreekt.</param>
public sealed record ForecastChangeResponse(int Jaar, string Soort, string Post, decimal? Opgeslagen, decimal? Huidig, decimal? Verschil);
