using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Stores the forecasts of gemeenten with optimistic concurrency: a replace or delete names the version it read and
/// changes nothing when the row has moved on, so of two writers with the same version exactly one wins. The version
/// check and the write are one statement: SQLite runs it atomically; on PostgreSQL a second writer with the same version
/// waits for the first one's row lock, then re-reads the row, finds the version moved on and matches nothing, so of
/// writers through any number of service instances exactly one wins.
/// </summary>
public sealed class ForecastRepository : IForecastRepository
{
    private const string ExistsSql = "SELECT count(*) FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode;";

    private readonly IStoreEngine _store;
    private readonly string _insertSql;
    private readonly string _findSql;
    private readonly string _listSql;
    private readonly string _replaceSql;
    private readonly string _deleteSql;

    /// <summary>The forecasts of a database.</summary>
    /// <param name="database">The database (SQLite or PostgreSQL).</param>
    public ForecastRepository(IDatabase database)
    {
        _store = StoreEngines.Of(database);
        var sql = _store.Dialect;

        // The result is bound and read as UTF-8 bytes (Utf8JsonHandler), as for calculations. Columns in the order of
        // the record's constructor, which Dapper fills.
        var columns = $"""
            id AS Id, gemeente_code AS MunicipalityCode, naam AS Name, versie AS Version, verzoek_json AS RequestJson,
            parameter_versie AS ParameterVersion, {sql.Utf8Json("resultaat_json")} AS ResultJson, aangemaakt_op AS CreatedAt, gewijzigd_op AS ModifiedAt
            """;
        var expected = $"({sql.IsNull("@ExpectedVersion", "bigint")} OR versie = @ExpectedVersion)";
        _insertSql = $"""
            INSERT INTO prognoses (id, gemeente_code, naam, versie, verzoek_json, parameter_versie, resultaat_json, aangemaakt_op, gewijzigd_op)
            VALUES (@Id, @MunicipalityCode, @Name, @Version, @RequestJson, @ParameterVersion, {sql.Utf8JsonValue("@ResultJson")}, @CreatedAt, @ModifiedAt);
            """;
        _findSql = $"SELECT {columns} FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode;";
        _listSql = $"SELECT {columns} FROM prognoses WHERE gemeente_code = @MunicipalityCode ORDER BY gewijzigd_op DESC, id DESC;";
        _replaceSql = $"""
            UPDATE prognoses
            SET naam = @Name, versie = versie + 1, verzoek_json = @RequestJson, parameter_versie = @ParameterVersion,
                resultaat_json = {sql.Utf8JsonValue("@ResultJson")}, gewijzigd_op = @ModifiedAt
            WHERE id = @Id AND gemeente_code = @MunicipalityCode AND {expected}
            RETURNING versie;
            """;
        _deleteSql = $"DELETE FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode AND {expected} RETURNING versie;";
    }

    /// <inheritdoc />
    public Task AddAsync(ForecastRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _store.InsertAsync(_insertSql, record, audit, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ForecastRecord?> FindAsync(string municipalityCode, string id, CancellationToken cancellationToken) =>
        _store.FindAsync<ForecastRecord>(_findSql, new { Id = id, MunicipalityCode = municipalityCode }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ForecastRecord>> ListAsync(string municipalityCode, CancellationToken cancellationToken) =>
        _store.ListAsync<ForecastRecord>(_listSql, new { MunicipalityCode = municipalityCode }, cancellationToken);

    /// <inheritdoc />
    public Task<ConditionalWriteResult> ReplaceAsync(ForecastRecord replacement, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var r = replacement;
        var parameters = new { r.Id, r.MunicipalityCode, r.Name, r.RequestJson, r.ParameterVersion, r.ResultJson, r.ModifiedAt, ExpectedVersion = expectedVersion };
        return _store.WriteAsync(write => ConditionalAsync(write, _replaceSql, parameters, r.MunicipalityCode, r.Id, audit), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConditionalWriteOutcome> DeleteAsync(string municipalityCode, string id, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken)
    {
        var parameters = new { Id = id, MunicipalityCode = municipalityCode, ExpectedVersion = expectedVersion };
        var result = await _store.WriteAsync(write => ConditionalAsync(write, _deleteSql, parameters, municipalityCode, id, audit), cancellationToken).ConfigureAwait(false);
        return result.Outcome;
    }

    // The version check and the write are one statement; when it matched no row, the same transaction tells a missing
    // forecast from one that moved on.
    private static async Task<ConditionalWriteResult> ConditionalAsync(StoreWrite write, string sql, object parameters, string municipalityCode, string id, AuditRecord? audit)
    {
        if (await write.ScalarAsync<long?>(sql, parameters).ConfigureAwait(false) is { } version)
        {
            await write.AuditAsync(audit).ConfigureAwait(false);
            return new ConditionalWriteResult(ConditionalWriteOutcome.Written, version);
        }

        var exists = await write.ScalarAsync<long>(ExistsSql, new { Id = id, MunicipalityCode = municipalityCode }).ConfigureAwait(false);
        return new ConditionalWriteResult(exists == 0 ? ConditionalWriteOutcome.NotFound : ConditionalWriteOutcome.VersionMismatch, 0);
    }
}
