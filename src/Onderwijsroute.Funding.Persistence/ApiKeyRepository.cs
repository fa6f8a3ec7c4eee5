using Dapper;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores API keys (as salted hashes) and the audit log of acknowledged writes.</summary>
/// <param name="database">The database.</param>
public sealed class ApiKeyRepository(SqliteDatabase database) : IApiKeyRepository
{
    private const string Columns = "id AS Id, naam AS Name, rol AS Role, scope AS Scope, zout AS Salt, hash AS Hash, aangemaakt_op AS CreatedAt, verloopt_op AS ExpiresAt, ingetrokken_op AS RevokedAt";

    private const string InsertSql = """
        INSERT INTO api_sleutels (id, naam, rol, scope, zout, hash, aangemaakt_op, verloopt_op, ingetrokken_op)
        VALUES (@Id, @Name, @Role, @Scope, @Salt, @Hash, @CreatedAt, @ExpiresAt, @RevokedAt);
        """;

    private const string FindSql = "SELECT " + Columns + " FROM api_sleutels WHERE id = @Id;";

    private const string ListSql = "SELECT " + Columns + " FROM api_sleutels ORDER BY aangemaakt_op, id;";

    private const string CountSql = "SELECT count(*) FROM api_sleutels;";

    private const string RevokeSql = "UPDATE api_sleutels SET ingetrokken_op = @RevokedAt WHERE id = @Id AND ingetrokken_op IS NULL;";

    private const string AuditSql = """
        INSERT INTO auditlog (tijdstip, sleutel_id, sleutel_naam, rol, methode, pad, status)
        VALUES (@At, @KeyId, @KeyName, @Role, @Method, @Path, @Status);
        """;

    /// <inheritdoc />
    public void Add(ApiKeyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        connection.Execute(InsertSql, Row.Of(record));
    }

    /// <inheritdoc />
    public async Task<ApiKeyRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    /// <inheritdoc />
    public IReadOnlyList<ApiKeyRecord> List()
    {
        using var connection = database.Open();
        return connection.Query<Row>(ListSql).Select(r => r.ToRecord()).ToArray();
    }

    /// <inheritdoc />
    public long Count()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>(CountSql);
    }

    /// <inheritdoc />
    public bool Revoke(string id, Instant at)
    {
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        return connection.Execute(RevokeSql, new { Id = id, RevokedAt = StoredInstant.Format(at) }) == 1;
    }

    /// <inheritdoc />
    public Task AuditAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = new { At = StoredInstant.Format(record.At), record.KeyId, record.KeyName, record.Role, record.Method, record.Path, record.Status };
        return database.WriteAsync(write => write.Connection.Execute(AuditSql, row, write.Transaction), cancellationToken);
    }

    private sealed record Row(string Id, string Name, string Role, string? Scope, byte[] Salt, byte[] Hash, string CreatedAt, string? ExpiresAt, string? RevokedAt)
    {
        public static Row Of(ApiKeyRecord r) =>
            new(r.Id, r.Name, r.Role, r.Scope, r.Salt, r.Hash, StoredInstant.Format(r.CreatedAt), r.ExpiresAt is { } e ? StoredInstant.Format(e) : null, r.RevokedAt is { } v ? StoredInstant.Format(v) : null);

        public ApiKeyRecord ToRecord() =>
            new(Id, Name, Role, Scope, Salt, Hash, StoredInstant.Parse(CreatedAt), ExpiresAt is { } e ? StoredInstant.Parse(e) : null, RevokedAt is { } v ? StoredInstant.Parse(v) : null);
    }
}
