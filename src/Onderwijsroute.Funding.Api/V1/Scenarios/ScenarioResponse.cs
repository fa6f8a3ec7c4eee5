using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een vastgelegd scenario.</summary>
/// <param name="Id">Het id (bij een kant-en-klaar scenario de naam).</param>
/// <param name="Naam">De naam, uniek per eigenaar.</param>
/// <param name="Omschrijving">De omschrijving.</param>
/// <param name="KantEnKlaar">Of het een van de vier meegeleverde scenario's is.</param>
/// <param name="InvoerHash">Hash van de gecontroleerde invoer.</param>
/// <param name="ParameterVersie">De parameterversie met de overschrijvingen van het scenario.</param>
/// <param name="Aannames">Elke aanname van het scenario met status en bron.</param>
/// <param name="Invoer">Het scenario zoals vastgelegd (bij een scenario met basisScenario: samengevoegd).</param>
/// <param name="Doorrekeningen">Pad van de doorrekeningen van het scenario (GET: de lijst; POST: een nieuwe).</param>
/// <param name="Onzekerheidsanalyses">Pad van de onzekerheidsanalyses van het scenario (GET: de lijst; POST: een nieuwe).</param>
/// <param name="Eigenaar">Het id van de sleutel die het scenario maakte; 'systeem' bij een kant-en-klaar scenario; null bij een scenario van vóór versie 1.1.</param>
/// <param name="Versie">De versie, 1 bij het maken en één hoger bij elke vervanging; de ETag is deze versie tussen aanhalingstekens.</param>
/// <param name="BasisScenario">Het scenario waarop dit scenario bij het maken is gebaseerd, of null.</param>
/// <param name="AangemaaktOp">Wanneer het scenario is gemaakt.</param>
/// <param name="GewijzigdOp">Wanneer het scenario het laatst is vervangen (bij het maken: gelijk aan aangemaaktOp).</param>
public sealed record ScenarioResponse(
    string Id,
    string Naam,
    string Omschrijving,
    bool KantEnKlaar,
    string InvoerHash,
    string ParameterVersie,
    IReadOnlyList<AssumptionResponse> Aannames,
    ScenarioDocument Invoer,
    string Doorrekeningen,
    string Onzekerheidsanalyses,
    string? Eigenaar,
    long Versie,
    string? BasisScenario,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset GewijzigdOp);
