namespace Onderwijsroute.Funding.Scenarios;

/// <summary>Default uncertainty of a Monte Carlo run (<c>onzekerheid</c>).</summary>
public sealed record UncertaintyInput
{
    /// <summary>Coefficient of variation of the national participants per year (<c>variatiecoefficientDeelnemers</c>).</summary>
    public decimal? ParticipantsCv { get; init; }

    /// <summary>Coefficient of variation of the traject price, or 0 for a certain price (<c>variatiecoefficientPrijs</c>).</summary>
    public decimal? PriceCv { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}
