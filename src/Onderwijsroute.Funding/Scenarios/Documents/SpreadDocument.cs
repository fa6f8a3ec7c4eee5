// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Hoe deelnemers over gemeenten worden verdeeld.</summary>
public sealed record SpreadDocument : IStatedAssumption
{
    /// <summary>'inwoners', 'sleutel' of 'aantallen'.</summary>
    public string? Methode { get; init; }

    /// <summary>Bij 'sleutel': een geheel gewicht per gemeentecode.</summary>
    public Dictionary<string, long>? Sleutel { get; init; }

    /// <summary>Bij 'aantallen': per jaar van huisvesting het aantal gehuisveste deelnemers per gemeentecode.</summary>
    public Dictionary<int, Dictionary<string, long>>? Aantallen { get; init; }

    /// <summary>'bevestigd', 'secundair', 'afgeleid' of 'aanname'.</summary>
    public string? Status { get; init; }

    /// <summary>De bron of de redenering.</summary>
    public string? Bron { get; init; }
}
