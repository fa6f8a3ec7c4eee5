using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Api.V1.Sources;

/// <summary>Een bronvermelding: een bron uit het bronnenregister en de vindplaats erin.</summary>
/// <param name="Id">Het id van de bron; de hele bron staat op /v1/bronnen/{id}.</param>
/// <param name="Titel">De titel van de bron.</param>
/// <param name="Soort">primair, secundair, onderzoeksrapport of eigen.</param>
/// <param name="Vindplaats">Waar in de bron, bijvoorbeeld 'art. 4 lid 1' of '§1.2'; null als dat niet van belang is.</param>
public sealed record CitationResponse(string Id, string Titel, string Soort, string? Vindplaats)
{
    internal static IReadOnlyList<CitationResponse> Of(IReadOnlyList<Citation> citations) =>
        citations.Select(c => new CitationResponse(c.Source.Id, c.Source.Title, c.Source.Kind.ToDutch(), c.Location)).ToArray();
}
