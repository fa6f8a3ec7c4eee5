using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een vastgelegd scenario.</summary>
/// <param name="Id">Het id (bij een kant-en-klaar scenario de naam).</param>
/// <param name="Naam">De naam.</param>
/// <param name="Omschrijving">De omschrijving.</param>
/// <param name="KantEnKlaar">Of het een van de vier meegeleverde scenario's is.</param>
/// <param name="InvoerHash">Hash van de gecontroleerde invoer.</param>
/// <param name="ParameterVersie">De parameterversie met de overschrijvingen van het scenario.</param>
/// <param name="Aannames">Elke aanname van het scenario met status en bron.</param>
/// <param name="Invoer">Het scenario zoals opgegeven.</param>
/// <param name="Doorrekeningen">Pad om het scenario door te rekenen (POST).</param>
/// <param name="Onzekerheidsanalyses">Pad om een onzekerheidsanalyse te starten (POST).</param>
public sealed record ScenarioResponse(string Id, string Naam, string Omschrijving, bool KantEnKlaar, string InvoerHash, string ParameterVersie, IReadOnlyList<AssumptionResponse> Aannames, ScenarioDocument Invoer, string Doorrekeningen, string Onzekerheidsanalyses);
