namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een gemeente die omslaat tussen overschot en tekort ten opzichte van de eerste doorrekening.</summary>
/// <param name="GemeenteCode">De gemeentecode.</param>
/// <param name="GemeenteNaam">De naam.</param>
/// <param name="Doorrekening">De doorrekening waarin de positie anders is.</param>
/// <param name="Jaar">Het jaar, of null voor het totaal over de vergeleken jaren.</param>
/// <param name="TekortEerste">Het tekort in de eerste doorrekening.</param>
/// <param name="Tekort">Het tekort in deze doorrekening.</param>
/// <param name="Richting">'naar-tekort' of 'naar-overschot'.</param>
public sealed record FlipResponse(string GemeenteCode, string GemeenteNaam, string Doorrekening, int? Jaar, decimal TekortEerste, decimal Tekort, string Richting);
