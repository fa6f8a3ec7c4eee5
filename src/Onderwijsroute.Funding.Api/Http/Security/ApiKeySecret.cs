using System.Security.Cryptography;

namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// The key as handed out: <c>orf_</c> + a 16-hex-digit key id + <c>_</c> + 256 random bits in base64url. Only the id
/// is stored in clear; the secret is stored as SHA-256 over a per-key 128-bit salt and the secret. No key stretching
/// (PBKDF2): stretching protects guessable passwords, while a 256-bit random secret cannot be brute-forced from its
/// hash, and a cheap hash keeps per-request validation fast. Comparison is constant-time.
/// </summary>
internal static class ApiKeySecret
{
    private const string Prefix = "orf_";
    private const int IdLength = 16;

    /// <summary>A new key: its id, the full key text (shown once), the salt and the hash to store.</summary>
    public static (string Id, string Key, byte[] Salt, byte[] Hash) Create()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var salt = RandomNumberGenerator.GetBytes(16);
        return (id, $"{Prefix}{id}_{secret}", salt, Hash(salt, secret));
    }

    /// <summary>Splits a presented key into id and secret; <c>false</c> when it is not shaped like a key.</summary>
    /// <param name="key">The header value.</param>
    /// <param name="id">The key id.</param>
    /// <param name="secret">The secret part.</param>
    public static bool TryParse(string? key, out string id, out string secret)
    {
        id = secret = string.Empty;
        if (key is null || key.Length < Prefix.Length + IdLength + 2 || key.Length > 200 || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + IdLength] != '_')
        {
            return false;
        }

        id = key.Substring(Prefix.Length, IdLength);
        secret = key[(Prefix.Length + IdLength + 1)..];
        return id.All(char.IsAsciiHexDigitLower);
    }

    /// <summary>Whether a secret matches the stored salt and hash (constant-time).</summary>
    /// <param name="salt">The stored salt.</param>
    /// <param name="hash">The stored hash.</param>
    /// <param name="secret">The presented secret.</param>
    public static bool Matches(byte[] salt, byte[] hash, string secret) => CryptographicOperations.FixedTimeEquals(Hash(salt, secret), hash);

    private static byte[] Hash(byte[] salt, string secret)
    {
        var secretBytes = System.Text.Encoding.UTF8.GetBytes(secret);
        var input = new byte[salt.Length + secretBytes.Length];
        salt.CopyTo(input, 0);
        secretBytes.CopyTo(input, salt.Length);
        return SHA256.HashData(input);
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
