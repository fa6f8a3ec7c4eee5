namespace Onderwijsroute.Funding.Api.V1.Keys;

/// <summary>Een nieuwe API-sleutel.</summary>
/// <param name="Naam">Voor wie de sleutel is.</param>
/// <param name="Rol">gemeente, regio, ministerie of beheer.</param>
/// <param name="Scope">De gemeentecode (rol gemeente) of arbeidsmarktregio (rol regio); leeg voor de andere rollen.</param>
/// <param name="VerlooptOp">Optioneel: vanaf deze datum (00:00 UTC) geldt de sleutel niet meer.</param>
internal sealed record CreateKeyRequest(string? Naam, string? Rol, string? Scope, string? VerlooptOp);
