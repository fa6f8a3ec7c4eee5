namespace Onderwijsroute.Funding.Api.V1.Settlements;

/// <summary>Het bedrag van één gemeente.</summary>
public sealed class MunicipalityAmountInput
{
    /// <summary>De gemeente, bijvoorbeeld GM0363.</summary>
    /// <example>GM0363</example>
    public string? GemeenteCode { get; init; }

    /// <summary>Het bedrag in euro's, hoogstens twee decimalen, van 0 tot en met 10.000.000.000.</summary>
    /// <example>820000</example>
    public decimal? Bedrag { get; init; }
}
