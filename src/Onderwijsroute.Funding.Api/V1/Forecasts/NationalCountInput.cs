namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Het landelijke aantal voor één jaar.</summary>
public sealed class NationalCountInput
{
    /// <summary>Het jaar.</summary>
    /// <example>2024</example>
    public int? Jaar { get; init; }

    /// <summary>Het aantal, een geheel getal groter dan 0.</summary>
    /// <example>1500</example>
    public decimal? Aantal { get; init; }
}
