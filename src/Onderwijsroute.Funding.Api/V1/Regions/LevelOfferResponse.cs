namespace Onderwijsroute.Funding.Api.V1.Regions;

/// <summary>De status van het aanbod voor één niveau.</summary>
/// <param name="Niveau">mbo2, mbo3, mbo4, hbo-mei, hbo-ntg, wo-mei of wo-ntg.</param>
/// <param name="Niveaugroep">De groep (mbo, hbo, wo) waarvoor de bron de status geeft; de niveaus van een groep delen die status.</param>
/// <param name="Status">gecontracteerd, maatwerk, geen of onbekend.</param>
public sealed record LevelOfferResponse(string Niveau, string Niveaugroep, string Status);
