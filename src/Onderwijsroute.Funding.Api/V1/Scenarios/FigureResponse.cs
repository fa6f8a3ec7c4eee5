namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een landelijk kengetal: een aantal of een bedrag in euro's.</summary>
/// <param name="Naam">De naam, bijvoorbeeld 'kostenGemeenten' of 'uitgavenRijk.spuk-regulier'.</param>
/// <param name="Eenheid">'euro' of 'aantal'.</param>
/// <param name="Waarde">De waarde.</param>
public sealed record FigureResponse(string Naam, string Eenheid, decimal Waarde);
