using Onderwijsroute.Funding.Api.V1.Sources;

namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>Alle regelingen en de parameterversie die nu geldt.</summary>
/// <param name="ParameterVersie">De parameterversie: een inhoudshash van alle parameters; verandert bij elke gewijzigde waarde, bron of status.</param>
/// <param name="Regelingen">De regelingen, op id.</param>
public sealed record SchemeListResponse(string ParameterVersie, IReadOnlyList<SchemeSummaryResponse> Regelingen);

/// <summary>Een regeling in het kort.</summary>
/// <param name="Id">Het id, bijvoorbeeld spuk-onderwijsroute-2023.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Omschrijving">Waarvoor de regeling betaalt en hoe.</param>
/// <param name="Grondslag">De juridische grondslag.</param>
/// <param name="Dekking">De begrotingsjaren waarvoor de regeling parameters heeft.</param>
public sealed record SchemeSummaryResponse(string Id, string Naam, string Omschrijving, string Grondslag, CoverageResponse Dekking);

/// <summary>De begrotingsjaren van een regeling.</summary>
/// <param name="VanJaar">Het eerste jaar.</param>
/// <param name="TotEnMetJaar">Het laatste jaar.</param>
/// <param name="Jaren">Alle jaren.</param>
public sealed record CoverageResponse(int VanJaar, int TotEnMetJaar, IReadOnlyList<int> Jaren);

/// <summary>Een regeling met al haar parameters en elke gedateerde waarde, met bron en status.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Omschrijving">Waarvoor de regeling betaalt en hoe.</param>
/// <param name="Grondslag">De juridische grondslag.</param>
/// <param name="Dekking">De begrotingsjaren waarvoor de regeling parameters heeft.</param>
/// <param name="ParameterVersie">De parameterversie die nu geldt.</param>
/// <param name="Peildatum">De gevraagde peildatum: dan staat per parameter alleen de waarde die op die datum gold; anders null.</param>
/// <param name="Parameters">De parameters, op naam.</param>
public sealed record SchemeResponse(string Id, string Naam, string Omschrijving, string Grondslag, CoverageResponse Dekking, string ParameterVersie, DateOnly? Peildatum, IReadOnlyList<ParameterResponse> Parameters);

/// <summary>Een parameter van een regeling met zijn gedateerde waarden.</summary>
/// <param name="Naam">De naam, bijvoorbeeld budget.</param>
/// <param name="Omschrijving">Wat de parameter betekent.</param>
/// <param name="Eenheid">euro, aantal, jaren, fractie of tekst.</param>
/// <param name="Waarden">De waarden in datumvolgorde; ze overlappen niet.</param>
public sealed record ParameterResponse(string Naam, string Omschrijving, string Eenheid, IReadOnlyList<DatedValueResponse> Waarden);

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
