// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Landelijke projectie van nieuwe deelnemers per jaar.</summary>
public sealed class ParticipantsDocument
{
    /// <summary>Aantal starters per jaar, bijvoorbeeld { "2026": 1000 }.</summary>
    public Dictionary<int, long>? PerJaar { get; init; }

    /// <summary>'aanname' of 'bevestigd'.</summary>
    public string? Status { get; init; }

    /// <summary>De bron of de redenering.</summary>
    public string? Bron { get; init; }
}
