namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een kengetal in de vergelijking.</summary>
/// <param name="Naam">De naam.</param>
/// <param name="Eenheid">'euro' of 'aantal'.</param>
/// <param name="Waarden">De waarde per doorrekening, in de volgorde van de vraag.</param>
/// <param name="Verschillen">Per doorrekening de waarde min die van de eerste.</param>
public sealed record ComparedFigureResponse(string Naam, string Eenheid, IReadOnlyList<decimal> Waarden, IReadOnlyList<decimal> Verschillen);
