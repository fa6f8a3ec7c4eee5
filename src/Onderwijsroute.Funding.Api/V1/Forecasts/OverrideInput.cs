using System.Text.Json.Serialization;
using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Een overschrijving van een parameter voor één jaar (bij een aanname: regeling 'prognose-aannames').</summary>
public sealed class OverrideInput
{
    /// <summary>De regeling (of prognose-aannames).</summary>
    /// <example>prognose-aannames</example>
    public string? Regeling { get; init; }

    /// <summary>De parameter.</summary>
    /// <example>reiskosten-per-maand-maatwerk</example>
    public string? Parameter { get; init; }

    /// <summary>Het jaar waarvoor de waarde geldt.</summary>
    /// <example>2025</example>
    public int? Jaar { get; init; }

    /// <summary>
    /// De waarde: een getal voor een bedrag, aantal of fractie, een tekst voor een tekstwaarde. Een getal als tekst met
    /// een punt als decimaalteken ("0", de vorm van versie 1.0) blijft geldig maar is verouderd.
    /// </summary>
    /// <example>0</example>
    [JsonConverter(typeof(NumberOrTextJsonConverter))]
    public string? Waarde { get; init; }
}
