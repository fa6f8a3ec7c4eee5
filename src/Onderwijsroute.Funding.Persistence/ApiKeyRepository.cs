using Dapper;
using NodaTime;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores API keys (as salted hashes) and the audit log of acknowledged writes.</summary>
/// <param name="database">The database (SQLite or PostgreSQL).</param>
public sealed class ApiKeyRepository(IDatabase database) : IApiKeyRepository
{
    // In the order of the record's constructor, which Dapper fills (instants through InstantHandler).
    private const string Columns = "id AS Id, naam AS Name, rol AS Role, scope AS Scope, zout AS Salt, hash AS Hash, aangemaakt_op AS CreatedAt, verloopt_op AS ExpiresAt, ingetrokken_op AS RevokedAt";

    private const string InsertSql = """
        INSERT INTO api_sleutels (id, naam, rol, scope, zout, hash, aangemaakt_op, verloopt_op, ingetrokken_op)
        VALUES (@Id, @Name, @Role, @Scope, @Salt, @Hash, @CreatedAt, @ExpiresAt, @RevokedAt);
        """;

    private const string FindSql = "SELECT " + Columns + " FROM api_sleutels WHERE id = @Id;";

    private const string ListSql = "SELECT " + Columns + " FROM api_sleutels ORDER BY aangemaakt_op, id;";

    private const string CountSql = "SELECT count(*) FROM api_sleutels;";

    private const string RevokeSql = "UPDATE api_sleutels SET ingetrokken_op = @RevokedAt WHERE id = @Id AND ingetrokken_op IS NULL;";

    private readonly IStoreEngine _store = StoreEngines.Of(database);

    /// <inheritdoc />
    public void Add(ApiKeyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _store.Write((connection, transaction) => connection.Execute(InsertSql, record, transaction));
    }

    /// <inheritdoc />
    public Task<ApiKeyRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        _store.FindAsync<ApiKeyRecord>(FindSql, new { Id = id }, cancellationToken);

    /// <inheritdoc />
    public IReadOnlyList<ApiKeyRecord> List()
    {
        using var connection = _store.OpenRead();
        return connection.Query<ApiKeyRecord>(ListSql).ToArray();
    }

    /// <inheritdoc />
    public long Count()
    {
        using var connection = _store.OpenRead();
        return connection.ExecuteScalar<long>(CountSql);
    }

    /// <inheritdoc />
    public bool Revoke(string id, Instant at) =>
        _store.Write((connection, transaction) => connection.Execute(RevokeSql, new { Id = id, RevokedAt = at }, transaction) == 1);

    /// <inheritdoc />
    public Task AuditAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _store.WriteAsync(
            async write =>
            {
                await write.AuditAsync(record).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }
}
