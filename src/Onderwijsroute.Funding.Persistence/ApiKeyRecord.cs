using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A stored API key: never the secret itself, only its salt and salted hash.</summary>
/// <param name="Id">The non-secret key id (part of the key as handed out), used to find the row.</param>
/// <param name="Name">Who the key is for.</param>
/// <param name="Role">gemeente, regio, ministerie or beheer.</param>
/// <param name="Scope">The CBS code a gemeente (GM…) or regio (AM…) key is limited to; <c>null</c> otherwise.</param>
/// <param name="Salt">The per-key random salt.</param>
/// <param name="Hash">SHA-256 over salt and secret.</param>
/// <param name="CreatedAt">When the key was made.</param>
/// <param name="ExpiresAt">From when the key no longer counts; <c>null</c> for no end.</param>
/// <param name="RevokedAt">When the key was revoked; <c>null</c> while it is not.</param>
public sealed record ApiKeyRecord(string Id, string Name, string Role, string? Scope, byte[] Salt, byte[] Hash, Instant CreatedAt, Instant? ExpiresAt, Instant? RevokedAt);
