namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Starters van een startpunt in één startjaar op één niveau, in de vorm van 'starters' van een prognose.</summary>
/// <param name="Jaar">Het startjaar.</param>
/// <param name="Niveau">Het niveau.</param>
/// <param name="Aantal">Het aantal.</param>
/// <param name="Huisvestingsjaar">Het jaar van huisvesting.</param>
public sealed record StartingPointStarterResponse(int Jaar, string Niveau, long Aantal, int Huisvestingsjaar);
