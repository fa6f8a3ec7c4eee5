namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een vastgelegde vergelijking in het kort.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad van de vergelijking.</param>
/// <param name="Doorrekeningen">De vergeleken doorrekeningen; de eerste is de referentie.</param>
/// <param name="ScenarioIds">De scenario's van de doorrekeningen, in dezelfde volgorde.</param>
/// <param name="Scenarios">De namen van die scenario's.</param>
/// <param name="EngineVersie">De versie van het rekenmodel.</param>
/// <param name="ParameterVersie">De parameterversie.</param>
/// <param name="BerekendOp">Wanneer de vergelijking is gemaakt.</param>
public sealed record ComparisonSummaryResponse(string Id, string Href, IReadOnlyList<string> Doorrekeningen, IReadOnlyList<string> ScenarioIds, IReadOnlyList<string> Scenarios, string EngineVersie, string ParameterVersie, DateTimeOffset BerekendOp);
