namespace Onderwijsroute.Funding.Api.V1.Sources;

/// <summary>Een passage uit een bron.</summary>
/// <param name="Vindplaats">Waar in de bron; null bij een korte bron.</param>
/// <param name="Tekst">De tekst zoals gevonden; '…' markeert wat is weggelaten.</param>
public sealed record PassageResponse(string? Vindplaats, string Tekst);
