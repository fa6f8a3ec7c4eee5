namespace Onderwijsroute.Funding.Api.V1.Settlements;

/// <summary>Het aantal van één gemeente.</summary>
public sealed class MunicipalityCountInput
{
    /// <summary>De gemeente, bijvoorbeeld GM0363.</summary>
    /// <example>GM0363</example>
    public string? GemeenteCode { get; init; }

    /// <summary>Het aantal: een geheel getal van 0 tot en met 1.000.000.</summary>
    /// <example>40</example>
    public decimal? Aantal { get; init; }
}
