using Dapper;
using Npgsql;
using static Onderwijsroute.Funding.Persistence.PostgreSql.PostgresValues;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>
/// The forecasts on PostgreSQL (twin of <see cref="ForecastRepository"/>). The version check and the write are one
/// <c>UPDATE … WHERE versie = @ExpectedVersion</c>: a second writer with the same version waits for the first one's row
/// lock, then re-reads the row, finds the version moved on and matches nothing; so of writers through any number of
/// service instances exactly one wins.
/// </summary>
/// <param name="database">The database.</param>
public sealed class PostgresForecastRepository(PostgresDatabase database) : IForecastRepository
{
    private const string Columns = """
        id AS Id, gemeente_code AS MunicipalityCode, naam AS Name, versie AS Version, verzoek_json AS RequestJson,
        parameter_versie AS ParameterVersion, resultaat_json::text AS ResultJson, aangemaakt_op AS CreatedAt, gewijzigd_op AS ModifiedAt
        """;

    private const string InsertSql = """
        INSERT INTO prognoses (id, gemeente_code, naam, versie, verzoek_json, parameter_versie, resultaat_json, aangemaakt_op, gewijzigd_op)
        VALUES (@Id, @MunicipalityCode, @Name, @Version, @RequestJson, @ParameterVersion, CAST(@ResultJson AS json), @CreatedAt, @ModifiedAt);
        """;

    private const string FindSql = "SELECT " + Columns + " FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode;";

    private const string ListSql = "SELECT " + Columns + " FROM prognoses WHERE gemeente_code = @MunicipalityCode ORDER BY gewijzigd_op DESC, id DESC;";

    private const string ReplaceSql = """
        UPDATE prognoses
        SET naam = @Name, versie = versie + 1, verzoek_json = @RequestJson, parameter_versie = @ParameterVersion,
            resultaat_json = CAST(@ResultJson AS json), gewijzigd_op = @ModifiedAt
        WHERE id = @Id AND gemeente_code = @MunicipalityCode AND (CAST(@ExpectedVersion AS bigint) IS NULL OR versie = @ExpectedVersion)
        RETURNING versie;
        """;

    private const string DeleteSql = "DELETE FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode AND (CAST(@ExpectedVersion AS bigint) IS NULL OR versie = @ExpectedVersion) RETURNING versie;";

    private const string ExistsSql = "SELECT count(*) FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode;";

    /// <inheritdoc />
    public Task AddAsync(ForecastRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = Row.Of(record);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertSql, row, transaction, cancellationToken: ct)).ConfigureAwait(false);
                await AuditAsync(connection, transaction, audit, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ForecastRecord?> FindAsync(string municipalityCode, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql, new { Id = id, MunicipalityCode = municipalityCode }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ForecastRecord>> ListAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(ListSql, new { MunicipalityCode = municipalityCode }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRecord()).ToArray();
    }

    /// <inheritdoc />
    public Task<ConditionalWriteResult> ReplaceAsync(ForecastRecord replacement, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var row = Row.Of(replacement);
        var parameters = new { row.Id, row.MunicipalityCode, row.Name, row.RequestJson, row.ParameterVersion, row.ResultJson, row.ModifiedAt, ExpectedVersion = expectedVersion };
        return database.WriteAsync((connection, transaction, ct) => ConditionalAsync(connection, transaction, ReplaceSql, parameters, row.MunicipalityCode, row.Id, audit, ct), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConditionalWriteOutcome> DeleteAsync(string municipalityCode, string id, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken)
    {
        var parameters = new { Id = id, MunicipalityCode = municipalityCode, ExpectedVersion = expectedVersion };
        var result = await database.WriteAsync((connection, transaction, ct) => ConditionalAsync(connection, transaction, DeleteSql, parameters, municipalityCode, id, audit, ct), cancellationToken).ConfigureAwait(false);
        return result.Outcome;
    }

    private static async Task<ConditionalWriteResult> ConditionalAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object parameters, string municipalityCode, string id, AuditRecord? audit, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<long?>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) is { } version)
        {
            await AuditAsync(connection, transaction, audit, cancellationToken).ConfigureAwait(false);
            return new ConditionalWriteResult(ConditionalWriteOutcome.Written, version);
        }

        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ExistsSql, new { Id = id, MunicipalityCode = municipalityCode }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new ConditionalWriteResult(exists == 0 ? ConditionalWriteOutcome.NotFound : ConditionalWriteOutcome.VersionMismatch, 0);
    }

    private sealed record Row(string Id, string MunicipalityCode, string Name, long Version, string RequestJson, string ParameterVersion, string ResultJson, DateTime CreatedAt, DateTime ModifiedAt)
    {
        public static Row Of(ForecastRecord r) =>
            new(r.Id, r.MunicipalityCode, r.Name, r.Version, r.RequestJson, r.ParameterVersion, Text(r.ResultJson), Time(r.CreatedAt), Time(r.ModifiedAt));

        public ForecastRecord ToRecord() =>
            new(Id, MunicipalityCode, Name, Version, RequestJson, ParameterVersion, Bytes(ResultJson), Instant(CreatedAt), Instant(ModifiedAt));
    }
}
