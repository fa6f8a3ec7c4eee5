namespace Onderwijsroute.Funding.Api.V1.Keys;

/// <summary>Een API-sleutel zonder geheim.</summary>
/// <param name="Id">Het id (het niet-geheime deel van de sleutel).</param>
/// <param name="Naam">Voor wie de sleutel is.</param>
/// <param name="Rol">De rol.</param>
/// <param name="Scope">De gemeente of arbeidsmarktregio, of null.</param>
/// <param name="AangemaaktOp">Wanneer de sleutel is gemaakt.</param>
/// <param name="VerlooptOp">Vanaf wanneer de sleutel niet meer geldt, of null.</param>
/// <param name="IngetrokkenOp">Wanneer de sleutel is ingetrokken, of null.</param>
internal sealed record KeyResponse(string Id, string Naam, string Rol, string? Scope, DateTimeOffset AangemaaktOp, DateTimeOffset? VerlooptOp, DateTimeOffset? IngetrokkenOp)
{
    public static KeyResponse Of(ApiKeyRecord r) =>
        new(r.Id, r.Name, r.Role, r.Scope, r.CreatedAt.ToDateTimeOffset(), r.ExpiresAt?.ToDateTimeOffset(), r.RevokedAt?.ToDateTimeOffset());
}
