using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>API keys (as salted hashes) and the audit log of acknowledged writes.</summary>
public interface IApiKeyRepository
{
    /// <summary>Stores a new key.</summary>
    /// <param name="record">The key; its id must be new.</param>
    void Add(ApiKeyRecord record);

    /// <summary>Finds a key by its id, or <c>null</c>.</summary>
    /// <param name="id">The key id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ApiKeyRecord?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every key, oldest first.</summary>
    IReadOnlyList<ApiKeyRecord> List();

    /// <summary>How many keys exist (revoked ones included).</summary>
    long Count();

    /// <summary>Revokes a key; a key already revoked keeps its first revocation time. Returns whether it was revoked now.</summary>
    /// <param name="id">The key id.</param>
    /// <param name="at">When.</param>
    bool Revoke(string id, Instant at);

    /// <summary>Adds an entry to the audit log on its own.</summary>
    /// <param name="record">The entry.</param>
    /// <param name="cancellationToken">Cancels the write while it waits.</param>
    Task AuditAsync(AuditRecord record, CancellationToken cancellationToken);
}
