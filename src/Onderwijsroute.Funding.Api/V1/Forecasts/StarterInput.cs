namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Starters in één jaar op één niveau.</summary>
public sealed class StarterInput
{
    /// <summary>Het jaar van de start (binnen de prognose).</summary>
    /// <example>2025</example>
    public int? Jaar { get; init; }

    /// <summary>Het niveau.</summary>
    /// <example>hbo-ntg</example>
    public string? Niveau { get; init; }

    /// <summary>Het aantal starters, een geheel getal van 0 tot en met 1.000.000.</summary>
    /// <example>4</example>
    public decimal? Aantal { get; init; }

    /// <summary>gecontracteerd (standaard) of maatwerk.</summary>
    /// <example>maatwerk</example>
    public string? Contractvorm { get; init; }

    /// <summary>Optioneel: de prijs per traject in euro's.</summary>
    /// <example>18000</example>
    public decimal? Prijs { get; init; }

    /// <summary>Optioneel: de looptijd in maanden.</summary>
    /// <example>18</example>
    public int? LooptijdMaanden { get; init; }

    /// <summary>Alleen bij een regioprognose: de gemeente; standaard de centrumgemeente.</summary>
    public string? GemeenteCode { get; init; }
}
