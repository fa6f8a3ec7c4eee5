using System.Collections.Concurrent;
using NodaTime;
using Onderwijsroute.Funding;
using Onderwijsroute.Funding.Persistence;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// Creates, lists, revokes and validates API keys. Validation reads a key's row through a small in-memory cache
/// (a row is kept <see cref="CacheLifetime"/>; a revoke through this process drops it at once, a revoke by the
/// <c>sleutels</c> command in another process takes effect within that lifetime).
/// </summary>
internal sealed class ApiKeyStore(ApiKeyRepository repository, ReferenceDataSet data, IClock clock)
{
    /// <summary>How long a key row is trusted from the cache.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKeyRecord Record, DateTime LoadedAt)> _cache = new(StringComparer.Ordinal);

    /// <summary>Makes a new key and returns its record and the key text (the only time it is shown).</summary>
    /// <param name="name">Who it is for.</param>
    /// <param name="role">The role.</param>
    /// <param name="scope">The GM code (gemeente) or AM code (regio); <c>null</c> for the other roles.</param>
    /// <param name="expiresAt">From when it no longer counts, or <c>null</c>.</param>
    /// <exception cref="ArgumentException">The name, role or scope is not valid.</exception>
    public (ApiKeyRecord Record, string Key) Create(string name, string role, string? scope, Instant? expiresAt)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new ArgumentException("Geef een naam van 1 tot 200 tekens.", nameof(name));
        }

        if (ScopeProblem(role, scope) is { } problem)
        {
            throw new ArgumentException(problem, nameof(scope));
        }

        var (id, key, salt, hash) = ApiKeySecret.Create();
        var record = new ApiKeyRecord(id, name.Trim(), role, scope, salt, hash, clock.GetCurrentInstant(), expiresAt, null);
        repository.Add(record);
        return (record, key);
    }

    /// <summary>What is wrong with a role and scope, in Dutch, or <c>null</c>.</summary>
    /// <param name="role">The role.</param>
    /// <param name="scope">The scope.</param>
    public string? ScopeProblem(string? role, string? scope) => role switch
    {
        ApiRoles.Gemeente => MunicipalityCode.TryParse(scope, out var m) && data.FindMunicipality(m) is not null ? null : "Een gemeentesleutel heeft als scope een bestaande gemeentecode (GM0014).",
        ApiRoles.Regio => RegionCode.TryParse(scope, out var r) && data.FindRegion(r) is not null ? null : "Een regiosleutel heeft als scope een bestaande arbeidsmarktregio (AM18).",
        ApiRoles.Ministerie or ApiRoles.Beheer => scope is null ? null : "Een ministerie- of beheersleutel heeft geen scope.",
        _ => $"Onbekende rol; kies uit {string.Join(", ", ApiRoles.All)}.",
    };

    /// <summary>Every key, oldest first (without secrets: only hashes are stored).</summary>
    public IReadOnlyList<ApiKeyRecord> List() => repository.List();

    /// <summary>Revokes a key and drops it from the cache.</summary>
    /// <param name="id">The key id.</param>
    /// <returns>Whether the key existed and was not yet revoked.</returns>
    public bool Revoke(string id)
    {
        var revoked = repository.Revoke(id, clock.GetCurrentInstant());
        _cache.TryRemove(id, out _);
        return revoked;
    }

    /// <summary>The key a header value names, when it exists, matches, is not revoked and has not expired.</summary>
    /// <param name="presented">The header value.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<ApiKeyRecord?> ValidateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(presented, out var id, out var secret))
        {
            return null;
        }

        var now = DateTime.UtcNow;
        ApiKeyRecord? record;
        if (_cache.TryGetValue(id, out var cached) && now - cached.LoadedAt < CacheLifetime)
        {
            record = cached.Record;
        }
        else
        {
            record = await repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return null;
            }

            _cache[id] = (record, now);
        }

        if (!ApiKeySecret.Matches(record.Salt, record.Hash, secret) || record.RevokedAt is not null)
        {
            return null;
        }

        return record.ExpiresAt is { } expires && clock.GetCurrentInstant() >= expires ? null : record;
    }

    /// <summary>Whether a gemeente or regio key may see the forecasts of a gemeente.</summary>
    /// <param name="role">The key's role.</param>
    /// <param name="scope">The key's scope.</param>
    /// <param name="municipalityCode">The gemeente of the forecasts.</param>
    public bool MayAccessForecastsOf(string? role, string? scope, string municipalityCode) => role switch
    {
        ApiRoles.Gemeente => string.Equals(scope, municipalityCode, StringComparison.Ordinal),
        ApiRoles.Regio => RegionCode.TryParse(scope, out var region) && MunicipalityCode.TryParse(municipalityCode, out var code)
            && data.FindRegion(region) is { } found && found.Members.Contains(code),
        _ => false,
    };
}
