using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// Een scenario om vast te leggen of te vervangen: het hele scenario, of met basisScenario alleen wat anders is dan
/// dat scenario (samengevoegd volgens JSON Merge Patch, RFC 7396; zie docs/scenarios.md).
/// </summary>
public sealed record SaveScenarioRequest : ScenarioDocument
{
    /// <summary>
    /// Optioneel: het id van een bestaand scenario waarop dit scenario is gebaseerd. De body geeft dan alleen de
    /// wijzigingen: een object wordt veld voor veld samengevoegd, een andere waarde (ook een lijst) vervangt die van de
    /// basis, en null haalt een veld weg.
    /// </summary>
    /// <example>vastgesteld-beleid</example>
    public string? BasisScenario { get; init; }
}
