using System.Text.Json.Serialization;

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
