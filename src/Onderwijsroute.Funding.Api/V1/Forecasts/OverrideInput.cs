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

    /// <summary>De waarde als tekst, met een punt als decimaalteken.</summary>
    /// <example>"0"</example>
    public string? Waarde { get; init; }
}
