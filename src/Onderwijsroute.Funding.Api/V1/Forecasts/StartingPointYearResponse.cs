namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Eén jaar van huisvesting van een startpunt.</summary>
/// <param name="Huisvestingsjaar">Het jaar van huisvesting.</param>
/// <param name="Landelijk">De landelijke instroom: in dat jaar gehuisveste asielstatushouders met de onderwijsroute als leerroute.</param>
/// <param name="Gehuisvest">Het deel van de gemeente (hele personen, grootste rest over alle gemeenten).</param>
/// <param name="StartInJaar">Van hen: wie in de startmaand van het jaar zelf start.</param>
/// <param name="StartVolgendJaar">Van hen: wie pas in het volgende jaar start (aanname 'aandeel-start-volgend-jaar').</param>
public sealed record StartingPointYearResponse(int Huisvestingsjaar, long Landelijk, long Gehuisvest, long StartInJaar, long StartVolgendJaar);
