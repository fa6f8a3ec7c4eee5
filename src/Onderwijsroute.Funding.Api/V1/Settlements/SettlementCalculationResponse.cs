using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Api.V1.Settlements;

/// <summary>De definitieve bedragen en de vaststelling tegen de voorschotten voor één jaar, zoals berekend en vastgelegd.</summary>
/// <param name="Id">Het id van de vastgelegde berekening; GET /vaststellingsberekeningen/{id} geeft dit antwoord opnieuw. Null als niet is vastgelegd (?opslaan=false).</param>
/// <param name="Regeling">De regeling.</param>
/// <param name="Jaar">Het begrotingsjaar.</param>
/// <param name="Budget">Het verdeelde budget in euro's.</param>
/// <param name="TotaalAantal">Het landelijke aantal asielstatushouders in de onderwijsroute op 31 december.</param>
/// <param name="BedragPerPersoon">Budget gedeeld door het landelijke aantal, in euro's op de cent (informatief); null als het aantal 0 is.</param>
/// <param name="NietVerdeeld">Het deel van het budget dat niet is verdeeld (het hele budget als het landelijke aantal 0 is).</param>
/// <param name="VoorschottenBerekend">true als de voorschotten met de voorschotregel zijn berekend, false als ze zijn opgegeven.</param>
/// <param name="PeildatumInwoners">Bij berekende voorschotten: de peildatum van de inwonertallen; anders null.</param>
/// <param name="TotaalVoorschot">De som van de voorschotten.</param>
/// <param name="TotaalVastgesteld">De som van de definitieve bedragen.</param>
/// <param name="TotaalVerschil">totaalVastgesteld − totaalVoorschot.</param>
/// <param name="ParameterVersie">De parameterversie waarmee is gerekend.</param>
/// <param name="BerekendOp">Wanneer de berekening is gemaakt.</param>
/// <param name="Regels">Elke gemeente van het jaar, op code.</param>
/// <param name="Toelichting">De gebruikte parameters (met status en bron), peildata, aantallen en opmerkingen.</param>
public sealed record SettlementCalculationResponse(
    string? Id,
    string Regeling,
    int Jaar,
    decimal Budget,
    long TotaalAantal,
    decimal? BedragPerPersoon,
    decimal NietVerdeeld,
    bool VoorschottenBerekend,
    DateOnly? PeildatumInwoners,
    decimal TotaalVoorschot,
    decimal TotaalVastgesteld,
    decimal TotaalVerschil,
    string ParameterVersie,
    DateTimeOffset BerekendOp,
    IReadOnlyList<SettlementLineResponse> Regels,
    ExplanationResponse Toelichting)
{
    internal static SettlementCalculationResponse Of(string? id, DateTimeOffset calculatedAt, SettlementResult result) => new(
        id,
        result.SchemeId,
        result.Year,
        Euros.Of(result.Budget),
        result.TotalCount,
        result.AmountPerPerson is { } perPerson ? Euros.Of(perPerson) : null,
        Euros.Of(result.Undistributed),
        result.AdvancesComputed,
        result.PopulationDate?.ToDateOnly(),
        Euros.Of(result.TotalAdvance),
        Euros.Of(result.TotalDefinitive),
        Euros.Of(result.TotalDifference),
        result.Explanation.ParameterVersion,
        calculatedAt,
        result.Lines.Select(l => new SettlementLineResponse(l.Municipality.Value, l.MunicipalityName, l.Count, Euros.Of(l.Advance), Euros.Of(l.Definitive), Euros.Of(l.Difference))).ToArray(),
        ExplanationResponse.Of(result.Explanation));
}
