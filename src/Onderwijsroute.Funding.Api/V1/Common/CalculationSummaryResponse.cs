namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Een vastgelegde berekening in het kort.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad waarop de hele berekening staat.</param>
/// <param name="Regeling">De regeling.</param>
/// <param name="Jaar">Het begrotingsjaar.</param>
/// <param name="ParameterVersie">De parameterversie waarmee is gerekend.</param>
/// <param name="BerekendOp">Wanneer de berekening is gemaakt.</param>
public sealed record CalculationSummaryResponse(string Id, string Href, string Regeling, int Jaar, string ParameterVersie, DateTimeOffset BerekendOp);
