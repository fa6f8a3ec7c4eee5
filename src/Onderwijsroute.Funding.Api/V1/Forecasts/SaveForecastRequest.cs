namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>Verzoek om een prognose van een gemeente op te slaan of te vervangen.</summary>
public sealed class SaveForecastRequest : CreateForecastCalculationRequest
{
    /// <summary>De naam van de prognose, 1 tot en met 200 tekens.</summary>
    /// <example>Basisprognose 2024-2029</example>
    public string? Naam { get; init; }
}
