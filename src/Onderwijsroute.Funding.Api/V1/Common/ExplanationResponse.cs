using Onderwijsroute.Funding.Parameters;

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
    IReadOnlyList<UsedParameterResponse> Parameters,
    IReadOnlyList<ExplainedDateResponse> Peildata,
    IReadOnlyList<ExplainedCountResponse> Aantallen,
    IReadOnlyList<string> Opmerkingen,
    IReadOnlyList<OverrideResponse> Overschrijvingen)
{
    internal static ExplanationResponse Of(Explanation explanation) => new(
        explanation.ParameterVersion,
        explanation.Parameters.Select(p => new UsedParameterResponse(
            p.SchemeId,
            p.Name,
            ParameterValueJson.Of(p.Value),
            p.Value.Unit.ToDutch(),
            p.Status.ToDutch(),
            p.Reference,
            p.From.ToDateOnly(),
            p.Until?.ToDateOnly(),
            p.IsOverride)).ToArray(),
        explanation.Dates.Select(d => new ExplainedDateResponse(d.Name, d.Date.ToDateOnly())).ToArray(),
        explanation.Counts.Select(c => new ExplainedCountResponse(c.Name, c.Value)).ToArray(),
        explanation.Notes.ToArray(),
        explanation.Overrides.Select(o => new OverrideResponse(o.SchemeId, o.ParameterName, o.From.ToDateOnly(), o.Until?.ToDateOnly(), o.Value, o.Reason)).ToArray());
}

/// <summary>Een parameterwaarde zoals de berekening die gebruikte.</summary>
/// <param name="Regeling">De regeling.</param>
/// <param name="Naam">De naam van de parameter.</param>
/// <param name="Waarde">De waarde: een getal, of een tekst bij eenheid 'tekst'.</param>
/// <param name="Eenheid">De eenheid: euro, aantal, jaren, fractie of tekst.</param>
/// <param name="Status">bevestigd (in een bron bevestigd) of aanname.</param>
/// <param name="Bron">De juridische of documentaire bron; bij een overschrijving de reden.</param>
/// <param name="GeldigVan">De eerste dag waarop de waarde geldt.</param>
/// <param name="GeldigTot">De laatste dag waarop de waarde geldt, of null als die open is.</param>
/// <param name="Overschreven">Of de waarde uit een overschrijving komt.</param>
public sealed record UsedParameterResponse(string Regeling, string Naam, ParameterValueJson Waarde, string Eenheid, string Status, string Bron, DateOnly GeldigVan, DateOnly? GeldigTot, bool Overschreven);

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
/// <param name="Tot">De laatste dag, of null.</param>
/// <param name="Waarde">De waarde als tekst.</param>
/// <param name="Reden">Waarom.</param>
public sealed record OverrideResponse(string Regeling, string Parameter, DateOnly Van, DateOnly? Tot, string Waarde, string Reden);
