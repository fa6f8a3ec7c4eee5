// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Een overschrijving van een parameter van een regeling.</summary>
public sealed record ScenarioOverrideDocument
{
    /// <summary>De regeling, bijvoorbeeld 'spuk-onderwijsroute-toeslag-2026'.</summary>
    public string? Regeling { get; init; }

    /// <summary>De parameter, bijvoorbeeld 'gegarandeerde-trajectprijs'.</summary>
    public string? Parameter { get; init; }

    /// <summary>De eerste dag waarop de waarde geldt.</summary>
    public DateOnly? Van { get; init; }

    /// <summary>De laatste dag, of leeg voor onbepaald.</summary>
    public DateOnly? TotEnMet { get; init; }

    /// <summary>
    /// De waarde: een getal voor een bedrag, aantal, jaar of fractie (17500, 0.02), een tekst voor een tekstwaarde
    /// ('inwoners'). Een getal als tekst met een punt als decimaalteken ("17500", de vorm van versie 1.0) blijft geldig
    /// maar is verouderd.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(NumberOrTextJsonConverter))]
    public string? Waarde { get; init; }

    /// <summary>Waarom; verschijnt als bron van de waarde.</summary>
    public string? Reden { get; init; }
}
