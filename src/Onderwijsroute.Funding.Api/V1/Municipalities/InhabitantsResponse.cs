namespace Onderwijsroute.Funding.Api.V1.Municipalities;

/// <summary>Inwoners op een peildatum.</summary>
/// <param name="Peildatum">De peildatum.</param>
/// <param name="Aantal">Het aantal inwoners.</param>
public sealed record InhabitantsResponse(DateOnly Peildatum, long Aantal);
