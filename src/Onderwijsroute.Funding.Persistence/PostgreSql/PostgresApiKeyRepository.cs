using Dapper;
using NodaTime;
using static Onderwijsroute.Funding.Persistence.PostgreSql.PostgresValues;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>API keys and the audit log on PostgreSQL (twin of <see cref="ApiKeyRepository"/>).</summary>
/// <param name="database">The database.</param>
public sealed class PostgresApiKeyRepository(PostgresDatabase database) : IApiKeyRepository
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

    /// <inheritdoc />
    public void Add(ApiKeyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var connection = database.Open();
        connection.Execute(InsertSql, new { record.Id, record.Name, record.Role, record.Scope, record.Salt, record.Hash, CreatedAt = Time(record.CreatedAt), ExpiresAt = Time(record.ExpiresAt), RevokedAt = Time(record.RevokedAt) });
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
        using var connection = database.Open();
        return connection.Execute(RevokeSql, new { Id = id, RevokedAt = Time(at) }) == 1;
    }

    /// <inheritdoc />
    public Task AuditAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await PostgresValues.AuditAsync(connection, transaction, record, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    private sealed record Row(string Id, string Name, string Role, string? Scope, byte[] Salt, byte[] Hash, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt)
    {
        public ApiKeyRecord ToRecord() => new(Id, Name, Role, Scope, Salt, Hash, Instant(CreatedAt), Instant(ExpiresAt), Instant(RevokedAt));
    }
}
