namespace Onderwijsroute.Funding.Api.V1.Regions;

/// <summary>Het aanbod van de onderwijsroute in de regio op een peildatum.</summary>
/// <param name="Peildatum">De peildatum van de status.</param>
/// <param name="Niveaus">De status per niveau.</param>
/// <param name="Toelichting">De toelichting uit het onderzoek, of null.</param>
/// <param name="Bron">De bron.</param>
public sealed record OfferResponse(DateOnly Peildatum, IReadOnlyList<LevelOfferResponse> Niveaus, string? Toelichting, string Bron);
