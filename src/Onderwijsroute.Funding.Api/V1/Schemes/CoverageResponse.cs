namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>De begrotingsjaren van een regeling.</summary>
/// <param name="VanJaar">Het eerste jaar.</param>
/// <param name="TotEnMetJaar">Het laatste jaar.</param>
/// <param name="Jaren">Alle jaren.</param>
public sealed record CoverageResponse(int VanJaar, int TotEnMetJaar, IReadOnlyList<int> Jaren);
