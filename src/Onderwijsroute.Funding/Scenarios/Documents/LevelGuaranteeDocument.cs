// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Gegarandeerde trajectprijs per niveau (prijspeil van het basisjaar van de toeslag).</summary>
public sealed record LevelGuaranteeDocument : IStatedAssumption
{
    /// <summary>Per niveau het bedrag in euro's.</summary>
    public Dictionary<string, decimal>? Bedragen { get; init; }

    /// <summary>'bevestigd', 'secundair', 'afgeleid' of 'aanname'.</summary>
    public string? Status { get; init; }

    /// <summary>De bron of de redenering.</summary>
    public string? Bron { get; init; }
}
