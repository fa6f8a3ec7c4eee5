namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Starters in één jaar op één niveau.</summary>
public sealed class StarterInput
{
    /// <summary>Het jaar van de start: van 2022 tot en met het jaar na de prognose (dat laatste alleen voor wie in de prognose is gehuisvest).</summary>
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

    /// <summary>Optioneel: het jaar van huisvesting (ten hoogste het startjaar en het laatste prognosejaar); standaard het startjaar, een aanname die de toelichting noemt. De toeslag vanaf 2026 en de telling voor de reguliere SPUK hangen ervan af.</summary>
    /// <example>2025</example>
    public int? Huisvestingsjaar { get; init; }

    /// <summary>Alleen bij een regioprognose: de gemeente; standaard de centrumgemeente.</summary>
    public string? GemeenteCode { get; init; }
}
