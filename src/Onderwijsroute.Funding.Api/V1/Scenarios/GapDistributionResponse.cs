namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>De verdeling van de tekorten van gemeenten (percentielen naar rangnummer over alle gemeenten; negatief is een overschot).</summary>
/// <param name="Min">Het laagste tekort.</param>
/// <param name="P10">Het 10e percentiel.</param>
/// <param name="Mediaan">De mediaan.</param>
/// <param name="P90">Het 90e percentiel.</param>
/// <param name="Max">Het hoogste tekort.</param>
public sealed record GapDistributionResponse(decimal Min, decimal P10, decimal Mediaan, decimal P90, decimal Max);
