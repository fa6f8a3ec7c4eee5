namespace Onderwijsroute.Funding.Api.V1.Health;

/// <summary>De toestand van de dienst.</summary>
/// <param name="Status">UP als de dienst leeft of gereed is.</param>
/// <param name="Toelichting">Een toelichting, of null.</param>
public sealed record HealthResponse(string Status, string? Toelichting);
