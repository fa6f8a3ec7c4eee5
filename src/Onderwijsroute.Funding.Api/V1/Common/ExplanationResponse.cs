using System.Text.Json.Serialization;
using Onderwijsroute.Funding.Api.V1.Sources;
using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Toelichting: waarmee het resultaat is berekend, zodat elk bedrag te herleiden en te reproduceren is.</summary>
/// <param name="ParameterVersie">De parameterversie (inhoudshash van parameters en overschrijvingen) die het resultaat gaf.</param>
/// <param name="Parameters">Elke gebruikte parameterwaarde met status en bron.</param>
/// <param name="Peildata">De gebruikte peildata.</param>
/// <param name="Aantallen">De gebruikte aantallen en totalen.</param>
/// <param name="Opmerkingen">Opmerkingen, bijvoorbeeld een eerdere peildatum die is gebruikt.</param>
/// <param name="Overschrijvingen">De overschrijvingen van parameters die golden (bijvoorbeeld een opgegeven budget).</param>
public sealed record ExplanationResponse(
    string ParameterVersie,
    [property: JsonConverter(typeof(UsedParametersJsonConverter))] IReadOnlyList<UsedParameterResponse> Parameters,
    IReadOnlyList<ExplainedDateResponse> Peildata,
    IReadOnlyList<ExplainedCountResponse> Aantallen,
    IReadOnlyList<string> Opmerkingen,
    IReadOnlyList<OverrideResponse> Overschrijvingen)
{
    // Parameters: each catalogue entry's block is made and written once (see UsedParameterBlock).
    internal static ExplanationResponse Of(Explanation explanation) => new(
        explanation.ParameterVersion,
        UsedParameterList.Of(explanation.Parameters),
        explanation.Dates.Select(d => new ExplainedDateResponse(d.Name, d.Date.ToDateOnly())).ToArray(),
        explanation.Counts.Select(c => new ExplainedCountResponse(c.Name, c.Value)).ToArray(),
        explanation.Notes.ToArray(),
        explanation.Overrides.Select(o => new OverrideResponse(o.SchemeId, o.ParameterName, o.From.ToDateOnly(), o.Until?.ToDateOnly(), o.Value, o.Reason)).ToArray());
}

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

/// <summary>Een gebruikte peildatum.</summary>
/// <param name="Naam">Wat de datum is, bijvoorbeeld peildatumInwoners.</param>
/// <param name="Datum">De datum.</param>
public sealed record ExplainedDateResponse(string Naam, DateOnly Datum);

/// <summary>Een gebruikt aantal.</summary>
/// <param name="Naam">Wat is geteld, bijvoorbeeld totaalInwoners.</param>
/// <param name="Waarde">Het aantal.</param>
public sealed record ExplainedCountResponse(string Naam, long Waarde);

/// <summary>Een overschrijving van een parameter.</summary>
/// <param name="Regeling">De regeling.</param>
/// <param name="Parameter">De parameter.</param>
/// <param name="Van">De eerste dag.</param>
/// <param name="TotEnMet">De laatste dag (tot en met), of null.</param>
/// <param name="Waarde">De waarde: een getal, of een tekst bij een tekstparameter.</param>
/// <param name="Reden">Waarom.</param>
public sealed record OverrideResponse(string Regeling, string Parameter, DateOnly Van, DateOnly? TotEnMet, [property: JsonConverter(typeof(NumberOrTextJsonConverter))] string Waarde, string Reden)
{
    /// <summary>Verouderd (versie 1.0): hetzelfde als totEnMet; vervalt in versie 2.</summary>
    [Obsolete("Versie 1.0; gebruik TotEnMet.")]
    public DateOnly? Tot => TotEnMet;
}
