namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>De P5-P50-P95-band van een kengetal.</summary>
/// <param name="Naam">Het kengetal.</param>
/// <param name="Eenheid">'euro' of 'aantal'.</param>
/// <param name="P5">Het 5e percentiel.</param>
/// <param name="P50">De mediaan.</param>
/// <param name="P95">Het 95e percentiel.</param>
public sealed record BandResponse(string Naam, string Eenheid, decimal P5, decimal P50, decimal P95);
