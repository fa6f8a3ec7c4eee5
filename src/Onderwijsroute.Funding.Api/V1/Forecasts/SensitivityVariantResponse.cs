namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Eén variant van het landelijke aantal.</summary>
/// <param name="WijzigingProcent">De wijziging in procenten, bijvoorbeeld -10 of 25.</param>
/// <param name="LandelijkAantal">Het landelijke aantal in deze variant.</param>
/// <param name="Definitief">Het verwachte definitieve bedrag.</param>
/// <param name="Tekort">Het tekort van het jaar.</param>
public sealed record SensitivityVariantResponse(int WijzigingProcent, long LandelijkAantal, decimal Definitief, decimal Tekort);
