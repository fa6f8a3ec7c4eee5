namespace Onderwijsroute.Funding.Api.V1.Advances;

/// <summary>Het gewicht van één arbeidsmarktregio.</summary>
public sealed class RegionWeightInput
{
    /// <summary>De arbeidsmarktregio, bijvoorbeeld AM18.</summary>
    /// <example>AM18</example>
    public string? ArbeidsmarktregioCode { get; init; }

    /// <summary>Het gewicht: een geheel getal van 0 tot en met 1.000.000.000.</summary>
    /// <example>31</example>
    public decimal? Gewicht { get; init; }
}
