using Dapper;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Stores the forecasts of gemeenten with optimistic concurrency: a replace or delete names the version it read and
/// changes nothing when the row has moved on, so of two writers with the same version exactly one wins.
/// </summary>
/// <param name="database">The database.</param>
public sealed class ForecastRepository(SqliteDatabase database) : IForecastRepository
{
    private const string Columns = """
        id AS Id, gemeente_code AS MunicipalityCode, naam AS Name, versie AS Version, verzoek_json AS RequestJson,
        parameter_versie AS ParameterVersion, CAST(resultaat_json AS BLOB) AS ResultJson, aangemaakt_op AS CreatedAt, gewijzigd_op AS ModifiedAt
        """;

    private const string InsertSql = """
        INSERT INTO prognoses (id, gemeente_code, naam, versie, verzoek_json, parameter_versie, resultaat_json, aangemaakt_op, gewijzigd_op)
        VALUES (@Id, @MunicipalityCode, @Name, @Version, @RequestJson, @ParameterVersion, CAST(@ResultJson AS TEXT), @CreatedAt, @ModifiedAt);
        """;

    private const string FindSql = "SELECT " + Columns + " FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode;";

    private const string ListSql = "SELECT " + Columns + " FROM prognoses WHERE gemeente_code = @MunicipalityCode ORDER BY gewijzigd_op DESC, id DESC;";

    // The version check and the write are one statement: SQLite runs it atomically, so a stale writer matches no row.
    private const string ReplaceSql = """
        UPDATE prognoses
        SET naam = @Name, versie = versie + 1, verzoek_json = @RequestJson, parameter_versie = @ParameterVersion,
            resultaat_json = CAST(@ResultJson AS TEXT), gewijzigd_op = @ModifiedAt
        WHERE id = @Id AND gemeente_code = @MunicipalityCode AND (@ExpectedVersion IS NULL OR versie = @ExpectedVersion)
        RETURNING versie;
        """;

    private const string DeleteSql = "DELETE FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode AND (@ExpectedVersion IS NULL OR versie = @ExpectedVersion) RETURNING versie;";

    private const string ExistsSql = "SELECT count(*) FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode;";

    /// <inheritdoc />
    public Task AddAsync(ForecastRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return database.InsertAsync(InsertSql, Row.Of(record), audit, cancellationToken);
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
        return database.WriteAsync(write => Conditional(write, ReplaceSql, parameters, row.MunicipalityCode, row.Id, audit), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ConditionalWriteOutcome> DeleteAsync(string municipalityCode, string id, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken)
    {
        var parameters = new { Id = id, MunicipalityCode = municipalityCode, ExpectedVersion = expectedVersion };
        return database.WriteAsync(write => Conditional(write, DeleteSql, parameters, municipalityCode, id, audit).Outcome, cancellationToken);
    }

    // The version check and the write are one statement; when it matched no row, the same transaction tells a missing
    // forecast from one that moved on.
    private static ConditionalWriteResult Conditional(WriteContext write, string sql, object parameters, string municipalityCode, string id, AuditRecord? audit)
    {
        if (write.Connection.ExecuteScalar<long?>(sql, parameters, write.Transaction) is { } version)
        {
            write.Audit(audit);
            return new ConditionalWriteResult(ConditionalWriteOutcome.Written, version);
        }

        var exists = write.Connection.ExecuteScalar<long>(ExistsSql, new { Id = id, MunicipalityCode = municipalityCode }, write.Transaction);
        return new ConditionalWriteResult(exists == 0 ? ConditionalWriteOutcome.NotFound : ConditionalWriteOutcome.VersionMismatch, 0);
    }

    // The result is bound and read as UTF-8 bytes and stored as TEXT (CAST), as for calculations.
    private sealed record Row(string Id, string MunicipalityCode, string Name, long Version, string RequestJson, string ParameterVersion, byte[] ResultJson, string CreatedAt, string ModifiedAt)
    {
        public static Row Of(ForecastRecord r) =>
            new(r.Id, r.MunicipalityCode, r.Name, r.Version, r.RequestJson, r.ParameterVersion, Utf8Bytes.AsArray(r.ResultJson), StoredInstant.Format(r.CreatedAt), StoredInstant.Format(r.ModifiedAt));

        public ForecastRecord ToRecord() =>
            new(Id, MunicipalityCode, Name, Version, RequestJson, ParameterVersion, ResultJson, StoredInstant.Parse(CreatedAt), StoredInstant.Parse(ModifiedAt));
    }
}
