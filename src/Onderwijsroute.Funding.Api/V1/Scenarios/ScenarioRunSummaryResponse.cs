namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een vastgelegde doorrekening in het kort.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad van de doorrekening.</param>
/// <param name="ScenarioId">Het scenario (dat inmiddels vervangen of verwijderd kan zijn; de doorrekening houdt haar eigen kopie).</param>
/// <param name="ScenarioNaam">De naam van het scenario bij het doorrekenen.</param>
/// <param name="EngineVersie">De versie van het rekenmodel.</param>
/// <param name="ParameterVersie">De parameterversie.</param>
/// <param name="InvoerHash">Hash van de invoer.</param>
/// <param name="BerekendOp">Wanneer de doorrekening is gemaakt.</param>
public sealed record ScenarioRunSummaryResponse(string Id, string Href, string ScenarioId, string ScenarioNaam, string EngineVersie, string ParameterVersie, string InvoerHash, DateTimeOffset BerekendOp);
