namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>Een parameter van een regeling met zijn gedateerde waarden.</summary>
/// <param name="Naam">De naam, bijvoorbeeld budget.</param>
/// <param name="Omschrijving">Wat de parameter betekent.</param>
/// <param name="Eenheid">euro, aantal, jaren, fractie of tekst.</param>
/// <param name="Waarden">De waarden in datumvolgorde; ze overlappen niet.</param>
public sealed record ParameterResponse(string Naam, string Omschrijving, string Eenheid, IReadOnlyList<DatedValueResponse> Waarden);
