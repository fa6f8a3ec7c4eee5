// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Een eigen gemaximeerde pot van het scenario.</summary>
public sealed record PotDocument : IStatedAssumption
{
    /// <summary>Per jaar het plafond in hele euro's.</summary>
    public Dictionary<int, decimal>? BedragPerJaar { get; init; }

    /// <summary>'aantal-einde-jaar' of 'inwoners'.</summary>
    public string? Verdeelsleutel { get; init; }

    /// <summary>Bij 'aantal-einde-jaar': wie telt op 31 december, 'pip-onderwijsroute' (standaard: wie de onderwijsroute in het PIP heeft, tot het einde van het traject) of 'lopend-traject'.</summary>
    public string? Telling { get; init; }

    /// <summary>'bevestigd', 'secundair', 'afgeleid' of 'aanname'.</summary>
    public string? Status { get; init; }

    /// <summary>De bron of de redenering.</summary>
    public string? Bron { get; init; }
}
