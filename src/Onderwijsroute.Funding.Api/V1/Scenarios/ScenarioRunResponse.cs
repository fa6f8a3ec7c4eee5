namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een deterministische doorrekening van een scenario.</summary>
/// <param name="Id">Het id.</param>
/// <param name="ScenarioId">Het scenario.</param>
/// <param name="ScenarioNaam">De naam van het scenario.</param>
/// <param name="EngineVersie">De versie van het rekenmodel.</param>
/// <param name="ParameterVersie">De parameterversie.</param>
/// <param name="InvoerHash">Hash van de invoer; met engine- en parameterversie bepaalt zij het resultaat volledig.</param>
/// <param name="BerekendOp">Wanneer de doorrekening is gemaakt.</param>
/// <param name="Jaren">Per jaar de kengetallen, de tekortverdeling en de regio's.</param>
/// <param name="Totalen">De optelbare kengetallen over alle jaren.</param>
/// <param name="Aannames">Aannames van het scenario en van het rekenmodel.</param>
/// <param name="Toelichting">Gebruikte parameters (status en bron), peildata, aantallen en opmerkingen.</param>
/// <param name="Gemeenten">Pad naar de regels per gemeente (per pagina).</param>
/// <param name="Export">Pad naar de download van alle gemeenteregels (formaat=csv of xlsx).</param>
/// <param name="ToeslagBudget">Per jaar van de toeslag in de doorrekening: de uitgaven tegen het begrote totaal, het aantal trajecten dat het budget betaalt en het verschil.</param>
public sealed record ScenarioRunResponse(
    string Id, string ScenarioId, string ScenarioNaam, string EngineVersie, string ParameterVersie, string InvoerHash, DateTimeOffset BerekendOp,
    IReadOnlyList<ScenarioRunYearResponse> Jaren, IReadOnlyList<FigureResponse> Totalen, IReadOnlyList<AssumptionResponse> Aannames, ExplanationResponse Toelichting, string Gemeenten, string Export,
    IReadOnlyList<SupplementBudgetResponse> ToeslagBudget);
