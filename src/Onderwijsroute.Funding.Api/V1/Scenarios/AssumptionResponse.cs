namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een aanname met status en bron.</summary>
/// <param name="Naam">Wat wordt aangenomen.</param>
/// <param name="Waarde">De waarde.</param>
/// <param name="Status">bevestigd, secundair, afgeleid of aanname.</param>
/// <param name="Bron">De bron of redenering.</param>
public sealed record AssumptionResponse(string Naam, string Waarde, string Status, string Bron);
