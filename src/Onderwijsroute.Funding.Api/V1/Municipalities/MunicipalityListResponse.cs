namespace Onderwijsroute.Funding.Api.V1.Municipalities;

/// <summary>Alle gemeenten van de gemeentelijke indeling.</summary>
/// <param name="GemeentelijkeIndeling">Het jaar van de CBS-indeling (1 januari).</param>
/// <param name="GeldigVanJaar">Het eerste begrotingsjaar waarvoor deze gemeenten gelden.</param>
/// <param name="GeldigTotEnMetJaar">Het laatste begrotingsjaar waarvoor deze gemeenten gelden.</param>
/// <param name="Aantal">Het aantal gemeenten.</param>
/// <param name="Bron">De bron van de gegevens.</param>
/// <param name="Gemeenten">De gemeenten, op code.</param>
public sealed record MunicipalityListResponse(int GemeentelijkeIndeling, int GeldigVanJaar, int GeldigTotEnMetJaar, int Aantal, string Bron, IReadOnlyList<MunicipalityResponse> Gemeenten);
