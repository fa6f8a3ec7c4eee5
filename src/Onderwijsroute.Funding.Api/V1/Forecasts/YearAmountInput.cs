namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Een bedrag voor één jaar.</summary>
public sealed class YearAmountInput
{
    /// <summary>Het jaar.</summary>
    /// <example>2024</example>
    public int? Jaar { get; init; }

    /// <summary>Het bedrag in euro's, hoogstens twee decimalen.</summary>
    /// <example>12000</example>
    public decimal? Bedrag { get; init; }
}
