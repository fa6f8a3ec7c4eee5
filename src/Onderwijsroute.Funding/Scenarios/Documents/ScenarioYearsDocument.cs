// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>De jaren van een scenario.</summary>
public sealed record ScenarioYearsDocument
{
    /// <summary>Het eerste jaar.</summary>
    public int? Van { get; init; }

    /// <summary>Het laatste jaar.</summary>
    public int? TotEnMet { get; init; }
}
