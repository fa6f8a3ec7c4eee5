// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Landelijke instroom in de onderwijsroute per jaar van huisvesting.</summary>
public sealed record ParticipantsDocument : IStatedAssumption
{
    /// <summary>Per jaar van huisvesting het aantal gehuisveste asielstatushouders met de onderwijsroute als leerroute, bijvoorbeeld { "2026": 2340 }; wanneer zij starten volgt de aanname 'aandeel-start-volgend-jaar'.</summary>
    public Dictionary<int, long>? PerJaar { get; init; }

    /// <summary>'bevestigd', 'secundair', 'afgeleid' of 'aanname'.</summary>
    public string? Status { get; init; }

    /// <summary>De bron of de redenering.</summary>
    public string? Bron { get; init; }
}
