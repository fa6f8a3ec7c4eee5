namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Het resultaat van een onzekerheidsanalyse.</summary>
/// <param name="Id">Het id van de analyse.</param>
/// <param name="ScenarioId">Het scenario.</param>
/// <param name="EngineVersie">De versie van het rekenmodel.</param>
/// <param name="ParameterVersie">De parameterversie.</param>
/// <param name="InvoerHash">Hash van de scenario-invoer.</param>
/// <param name="Trekkingen">Het aantal trekkingen.</param>
/// <param name="Seed">De seed.</param>
/// <param name="VariatiecoefficientDeelnemers">Gebruikte variatiecoëfficiënt van de deelnemers.</param>
/// <param name="VariatiecoefficientPrijs">Gebruikte variatiecoëfficiënt van de prijs.</param>
/// <param name="MaximaleAfwijkingGemeentebanden">De grootste mogelijke afwijking van een gemeenteband in euro's.</param>
/// <param name="BandenBuitenProefbereik">Gemeentebanden buiten het proefbereik (afwijking dan onbegrensd).</param>
/// <param name="Jaren">Per jaar de banden.</param>
/// <param name="Aannames">Aannames van scenario, rekenmodel en simulatie.</param>
public sealed record UncertaintyAnalysisResponse(string Id, string ScenarioId, string EngineVersie, string ParameterVersie, string InvoerHash, int Trekkingen, ulong Seed, decimal VariatiecoefficientDeelnemers, decimal VariatiecoefficientPrijs, decimal MaximaleAfwijkingGemeentebanden, int BandenBuitenProefbereik, IReadOnlyList<UncertaintyAnalysisYearResponse> Jaren, IReadOnlyList<AssumptionResponse> Aannames);
