namespace Onderwijsroute.Funding.Scenarios;

/// <summary>The traject price of one level per contract form.</summary>
public sealed record LevelPriceInput
{
    /// <summary>Price under a regional contract (<c>gecontracteerd</c>), euros.</summary>
    public decimal? Contracted { get; init; }

    /// <summary>Price of individual purchase elsewhere (<c>maatwerk</c>), euros.</summary>
    public decimal? Custom { get; init; }
}
