// Part of the Dutch scenario document: see ScenarioDocument for why its names and documentation are Dutch.

namespace Onderwijsroute.Funding.Scenarios.Documents;

/// <summary>De trajectprijs van een niveau per contractvorm, in euro's.</summary>
public sealed record LevelPriceDocument
{
    /// <summary>Prijs bij regionaal gecontracteerd aanbod.</summary>
    public decimal? Gecontracteerd { get; init; }

    /// <summary>Prijs bij inkoop van maatwerk elders.</summary>
    public decimal? Maatwerk { get; init; }
}
