using System.Text.Json.Serialization;
using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Api.V1.Common;

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
