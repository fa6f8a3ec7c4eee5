using Onderwijsroute.Funding.Api.V1.Sources;

namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>Een waarde met de periode waarin zij geldt, haar status en haar bronnen uit het bronnenregister.</summary>
/// <param name="Van">De eerste dag waarop de waarde geldt.</param>
/// <param name="TotEnMet">De laatste dag waarop de waarde geldt (tot en met), of null als die open is.</param>
/// <param name="Waarde">De waarde: een getal, of een tekst bij eenheid 'tekst'.</param>
/// <param name="Eenheid">De eenheid.</param>
/// <param name="Status">bevestigd (primaire bron), secundair (secundaire bron), afgeleid (berekend met 'formule') of aanname (met 'toelichting').</param>
/// <param name="Bron">Het id van de hoofdbron in het bronnenregister (/v1/bronnen/{id}).</param>
/// <param name="BronTitel">De titel van de hoofdbron.</param>
/// <param name="BronVindplaats">Waar in de hoofdbron, bijvoorbeeld 'art. 4 lid 1'; of null.</param>
/// <param name="Bronnen">Alle bronnen van de waarde, de hoofdbron eerst.</param>
/// <param name="Formule">Hoe een berekende waarde uit andere waarden van dezelfde regeling volgt, bijvoorbeeld '[totaalbudget@2023] - [budget@2024] - [budget@2025]'; of null.</param>
/// <param name="Toelichting">De redenering (verplicht bij een aanname); of null.</param>
public sealed record DatedValueResponse(
    DateOnly Van,
    DateOnly? TotEnMet,
    ParameterValueJson Waarde,
    string Eenheid,
    string Status,
    string Bron,
    string BronTitel,
    string? BronVindplaats,
    IReadOnlyList<CitationResponse> Bronnen,
    string? Formule,
    string? Toelichting)
{
    /// <summary>Verouderd (versie 1.0): hetzelfde als totEnMet; vervalt in versie 2.</summary>
    [Obsolete("Versie 1.0; gebruik TotEnMet.")]
    public DateOnly? Tot => TotEnMet;
}
