using Onderwijsroute.Funding.Api.V1.Sources;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Een parameterwaarde zoals de berekening die gebruikte, met status en bronnen uit het bronnenregister.</summary>
/// <param name="Regeling">De regeling.</param>
/// <param name="Naam">De naam van de parameter.</param>
/// <param name="Waarde">De waarde: een getal, of een tekst bij eenheid 'tekst'.</param>
/// <param name="Eenheid">De eenheid: euro, aantal, jaren, fractie of tekst.</param>
/// <param name="Status">bevestigd (primaire bron), secundair (secundaire bron), afgeleid (berekend met 'formule') of aanname (met 'toelichting'); een overschrijving is altijd een aanname.</param>
/// <param name="Bron">Het id van de hoofdbron in het bronnenregister (/v1/bronnen/{id}); null bij een overschrijving.</param>
/// <param name="GeldigVan">De eerste dag waarop de waarde geldt.</param>
/// <param name="GeldigTotEnMet">De laatste dag waarop de waarde geldt (tot en met), of null als die open is.</param>
/// <param name="Overschreven">Of de waarde uit een overschrijving komt.</param>
/// <param name="BronTitel">De titel van de hoofdbron; null bij een overschrijving.</param>
/// <param name="BronVindplaats">Waar in de hoofdbron, bijvoorbeeld 'art. 4 lid 1'; of null.</param>
/// <param name="Bronnen">Alle bronnen van de waarde, de hoofdbron eerst; leeg bij een overschrijving.</param>
/// <param name="Formule">Hoe een berekende waarde uit andere waarden volgt; of null.</param>
/// <param name="Toelichting">De redenering van een aanname (bij een overschrijving de reden); of null.</param>
public sealed record UsedParameterResponse(
    string Regeling,
    string Naam,
    ParameterValueJson Waarde,
    string Eenheid,
    string Status,
    string? Bron,
    DateOnly GeldigVan,
    DateOnly? GeldigTotEnMet,
    bool Overschreven,
    string? BronTitel,
    string? BronVindplaats,
    IReadOnlyList<CitationResponse> Bronnen,
    string? Formule,
    string? Toelichting)
{
    /// <summary>Verouderd (versie 1.0): hetzelfde als geldigTotEnMet; vervalt in versie 2.</summary>
    [Obsolete("Versie 1.0; gebruik GeldigTotEnMet.")]
    public DateOnly? GeldigTot => GeldigTotEnMet;
}
