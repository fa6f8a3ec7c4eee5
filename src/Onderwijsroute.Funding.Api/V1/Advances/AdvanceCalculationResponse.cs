using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Api.V1.Advances;

/// <summary>De voorschotten van een gemaximeerde regeling voor één jaar, zoals berekend en vastgelegd.</summary>
/// <param name="Id">Het id van de vastgelegde berekening; GET /voorschotberekeningen/{id} geeft dit antwoord opnieuw. Null als niet is vastgelegd (?opslaan=false).</param>
/// <param name="Regeling">De regeling.</param>
/// <param name="Jaar">Het begrotingsjaar.</param>
/// <param name="Budget">Het verdeelde budget in euro's.</param>
/// <param name="PeildatumInwoners">De peildatum van de inwonertallen, of null als naar opgegeven gewichten is verdeeld.</param>
/// <param name="Ontvangers">gemeenten of centrumgemeenten.</param>
/// <param name="Verdeelsleutel">inwoners, inwoners-arbeidsmarktregio of gewichten.</param>
/// <param name="NietVerdeeld">Het deel van het budget dat niet is verdeeld (het hele budget als alle gewichten 0 zijn).</param>
/// <param name="TotaalVoorschot">De som van de voorschotten; samen met nietVerdeeld precies het budget.</param>
/// <param name="TotaalGewicht">De som van de gewichten (inwoners of opgegeven gewichten).</param>
/// <param name="ParameterVersie">De parameterversie waarmee is gerekend (inclusief een opgegeven budget als overschrijving).</param>
/// <param name="BerekendOp">Wanneer de berekening is gemaakt.</param>
/// <param name="Regels">Het voorschot per ontvanger, op gemeentecode.</param>
/// <param name="Toelichting">De gebruikte parameters (met status en bron), peildata, aantallen en opmerkingen.</param>
public sealed record AdvanceCalculationResponse(
    string? Id,
    string Regeling,
    int Jaar,
    decimal Budget,
    DateOnly? PeildatumInwoners,
    string Ontvangers,
    string Verdeelsleutel,
    decimal NietVerdeeld,
    decimal TotaalVoorschot,
    long TotaalGewicht,
    string ParameterVersie,
    DateTimeOffset BerekendOp,
    IReadOnlyList<AdvanceLineResponse> Regels,
    ExplanationResponse Toelichting)
{
    internal static AdvanceCalculationResponse Of(string? id, DateTimeOffset calculatedAt, AdvanceResult result)
    {
        var inhabitantsKey = result.Key != AdvanceCalculator.GivenWeightsKey;
        var total = result.Lines.Aggregate(Money.Zero, (sum, line) => sum + line.Advance);
        return new AdvanceCalculationResponse(
            id,
            result.SchemeId,
            result.Year,
            Euros.Of(result.Budget),
            result.PopulationDate?.ToDateOnly(),
            result.Recipients,
            result.Key,
            Euros.Of(result.Undistributed),
            Euros.Of(total),
            result.TotalWeight,
            result.Explanation.ParameterVersion,
            calculatedAt,
            result.Lines.Select(l => new AdvanceLineResponse(l.Recipient.Value, l.RecipientName, l.Region.Value, inhabitantsKey ? l.Weight : null, l.Weight, Euros.Of(l.Advance))).ToArray(),
            ExplanationResponse.Of(result.Explanation));
    }
}
