// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Standaardonzekerheid voor onzekerheidsanalyses.</summary>
public sealed record UncertaintyDocument : IStatedAssumption
{
    /// <summary>Variatiecoëfficiënt van het aantal deelnemers per jaar.</summary>
    public decimal? VariatiecoefficientDeelnemers { get; init; }

    /// <summary>Variatiecoëfficiënt van de trajectprijs (0 = zeker).</summary>
    public decimal? VariatiecoefficientPrijs { get; init; }

    /// <summary>'bevestigd', 'secundair', 'afgeleid' of 'aanname'.</summary>
    public string? Status { get; init; }

    /// <summary>De bron of de redenering.</summary>
    public string? Bron { get; init; }
}
