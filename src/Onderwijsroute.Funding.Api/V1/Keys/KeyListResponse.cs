namespace Onderwijsroute.Funding.Api.V1.Keys;

/// <summary>De API-sleutels.</summary>
/// <param name="Sleutels">Elke sleutel, oudste eerst.</param>
internal sealed record KeyListResponse(IReadOnlyList<KeyResponse> Sleutels);
