// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>Een blok aannames van het scenario, met de status en de bron die voor het hele blok gelden.</summary>
/// <remarks>
/// Every assumption block states its status and source the same way, so the rules check them once and the stated
/// assumptions list them once. An interface rather than a base record: each block declares the two fields itself, last,
/// because the published contract lists a block's own fields first.
/// </remarks>
internal interface IStatedAssumption
{
    /// <summary>'bevestigd', 'secundair', 'afgeleid' of 'aanname'.</summary>
    string? Status { get; }

    /// <summary>De bron of de redenering.</summary>
    string? Bron { get; }
}
