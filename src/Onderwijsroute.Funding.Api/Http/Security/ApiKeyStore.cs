using System.Collections.Concurrent;
using NodaTime;

namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// Creates, lists, revokes and validates API keys. Validation reads a key's row through a small in-memory cache
/// (a row is kept <see cref="CacheLifetime"/>; a revoke through this process drops it at once, a revoke by the
/// <c>sleutels</c> command in another process takes effect within that lifetime). A key id without a row is remembered
/// too, for <see cref="UnknownLifetime"/> and at most <see cref="MaxUnknown"/> ids, so that guessed keys do not each cost
/// a database lookup (issue 11).
/// </summary>
internal sealed class ApiKeyStore(IApiKeyRepository repository, ReferenceDataSet data, IClock clock)
{
    /// <summary>How long a key row is trusted from the cache.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    /// <summary>How long a key id without a row is answered from memory.</summary>
    public static readonly TimeSpan UnknownLifetime = TimeSpan.FromSeconds(10);

    /// <summary>The most unknown key ids remembered; past it the memory starts afresh (a bound, not an eviction policy).</summary>
    public const int MaxUnknown = 10_000;

    /// <summary>The longest key name, in characters.</summary>
    public const int MaxNameLength = 200;

    private readonly ConcurrentDictionary<string, (ApiKeyRecord Record, DateTime LoadedAt)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTime> _unknown = new(StringComparer.Ordinal);

    /// <summary>Makes a new key and returns its record and the key text (the only time it is shown).</summary>
    /// <param name="name">Who it is for.</param>
    /// <param name="role">The role.</param>
    /// <param name="scope">The GM code (gemeente) or AM code (regio); <c>null</c> for the other roles.</param>
    /// <param name="expiresAt">From when it no longer counts, or <c>null</c>.</param>
    /// <exception cref="ArgumentException">The name, role, scope or expiry is not valid.</exception>
    public (ApiKeyRecord Record, string Key) Create(string name, string role, string? scope, Instant? expiresAt)
    {
        if (NameProblem(name) is { } nameProblem)
        {
            throw new ArgumentException(nameProblem, nameof(name));
        }

        if (ScopeProblem(role, scope) is { } problem)
        {
            throw new ArgumentException(problem, nameof(scope));
        }

        if (ExpiryProblem(expiresAt) is { } expiryProblem)
        {
            throw new ArgumentException(expiryProblem, nameof(expiresAt));
        }

        var (id, key, salt, hash) = ApiKeySecret.Create();
        _unknown.TryRemove(id, out _);
        var record = new ApiKeyRecord(id, name.Trim(), role, scope, salt, hash, clock.GetCurrentInstant(), expiresAt, null);
        repository.Add(record);
        return (record, key);
    }

    /// <summary>
    /// What is wrong with a key name, in Dutch, or <c>null</c>: 1 to <see cref="MaxNameLength"/> characters, none of them a
    /// control or invisible format character (<see cref="DisplayName"/>).
    /// </summary>
    /// <param name="name">The name.</param>
    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? $"Verplicht: een naam van 1 tot {MaxNameLength} tekens."
        : name.Length > MaxNameLength ? $"Geef een naam van 1 tot {MaxNameLength} tekens."
        : DisplayName.HasHiddenCharacters(name) ? DisplayName.HiddenCharactersProblem
        : null;

    /// <summary>What is wrong with an expiry, in Dutch, or <c>null</c>: it must lie in the future (a key that is expired when it is made is a mistake).</summary>
    /// <param name="expiresAt">The expiry, or <c>null</c> for none.</param>
    public string? ExpiryProblem(Instant? expiresAt) =>
        expiresAt is { } at && at <= clock.GetCurrentInstant() ? "De vervaldatum ligt niet in de toekomst; een sleutel die al verlopen is, werkt nooit." : null;

    /// <summary>What is wrong with a role and scope, in Dutch, or <c>null</c>.</summary>
    /// <param name="role">The role.</param>
    /// <param name="scope">The scope.</param>
    public string? ScopeProblem(string? role, string? scope) => role switch
    {
        ApiRoles.Gemeente => MunicipalityCode.TryParse(scope, out var m) && data.FindMunicipality(m) is not null ? null : "Een gemeentesleutel heeft als scope een bestaande gemeentecode (GM0014).",
        ApiRoles.Regio => RegionCode.TryParse(scope, out var r) && data.FindRegion(r) is not null ? null : "Een regiosleutel heeft als scope een bestaande arbeidsmarktregio (AM18).",
        ApiRoles.Ministerie or ApiRoles.Beheer => scope is null ? null : "Een ministerie- of beheersleutel heeft geen scope.",
        null => $"Verplicht: de rol, een van {string.Join(", ", ApiRoles.All)}.",
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
        else if (_unknown.TryGetValue(id, out var missingSince) && now - missingSince < UnknownLifetime)
        {
            return null;
        }
        else
        {
            record = await repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                if (_unknown.Count >= MaxUnknown)
                {
                    _unknown.Clear();
                }

                _unknown[id] = now;
                return null;
            }

            _unknown.TryRemove(id, out _);
            _cache[id] = (record, now);
        }

        return Accepts(record, secret) ? record : null;
    }

    /// <summary>The key a header value names when its row is in the cache and it is valid; never a database lookup.</summary>
    /// <param name="presented">The header value.</param>
    public ApiKeyRecord? ValidateCached(string? presented) =>
        ApiKeySecret.TryParse(presented, out var id, out var secret)
        && _cache.TryGetValue(id, out var cached) && DateTime.UtcNow - cached.LoadedAt < CacheLifetime
        && Accepts(cached.Record, secret)
            ? cached.Record
            : null;

    private bool Accepts(ApiKeyRecord record, string secret) =>
        ApiKeySecret.Matches(record.Salt, record.Hash, secret)
        && record.RevokedAt is null
        && (record.ExpiresAt is not { } expires || clock.GetCurrentInstant() < expires);

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
