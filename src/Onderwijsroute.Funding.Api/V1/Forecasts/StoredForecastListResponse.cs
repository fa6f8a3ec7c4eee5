namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>De opgeslagen prognoses van een gemeente, laatst gewijzigd eerst.</summary>
/// <param name="GemeenteCode">De gemeente.</param>
/// <param name="Prognoses">De prognoses in het kort.</param>
public sealed record StoredForecastListResponse(string GemeenteCode, IReadOnlyList<StoredForecastSummaryResponse> Prognoses);
