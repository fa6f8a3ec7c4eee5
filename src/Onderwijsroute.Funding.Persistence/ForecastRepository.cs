using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Stores the forecasts of gemeenten with optimistic concurrency: a replace or delete names the version it read and
/// changes nothing when the row has moved on, so of two writers with the same version exactly one wins. The version
/// check and the write are one statement: SQLite runs it atomically; on PostgreSQL a second writer with the same version
/// waits for the first one's row lock, then re-reads the row, finds the version moved on and matches nothing, so of
/// writers through any number of service instances exactly one wins.
/// </summary>
/// <param name="database">The database (SQLite or PostgreSQL).</param>
public sealed class ForecastRepository(IDatabase database) : IForecastRepository
{
    private const string ExistsSql = "SELECT count(*) FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode;";

    // The result is bound and read as UTF-8 bytes (Utf8JsonHandler), as for calculations.
    private static readonly EngineSql InsertSql = new(sql => $"""
        INSERT INTO prognoses (id, gemeente_code, naam, versie, verzoek_json, parameter_versie, resultaat_json, aangemaakt_op, gewijzigd_op)
        VALUES (@Id, @MunicipalityCode, @Name, @Version, @RequestJson, @ParameterVersion, {sql.Utf8JsonValue("@ResultJson")}, @CreatedAt, @ModifiedAt);
        """);

    private static readonly EngineSql FindSql = new(sql => $"SELECT {Columns(sql)} FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode;");

    private static readonly EngineSql ListSql = new(sql => $"SELECT {Columns(sql)} FROM prognoses WHERE gemeente_code = @MunicipalityCode ORDER BY gewijzigd_op DESC, id DESC;");

    private static readonly EngineSql ReplaceSql = new(sql => $"""
        UPDATE prognoses
        SET naam = @Name, versie = versie + 1, verzoek_json = @RequestJson, parameter_versie = @ParameterVersion,
            resultaat_json = {sql.Utf8JsonValue("@ResultJson")}, gewijzigd_op = @ModifiedAt
        WHERE id = @Id AND gemeente_code = @MunicipalityCode AND {Expected(sql)}
        RETURNING versie;
        """);

    private static readonly EngineSql DeleteSql = new(sql => $"DELETE FROM prognoses WHERE id = @Id AND gemeente_code = @MunicipalityCode AND {Expected(sql)} RETURNING versie;");

    private readonly IStoreEngine _store = StoreEngines.Of(database);

    /// <inheritdoc />
    public Task AddAsync(ForecastRecord record, AuditRecord? audit, CancellationToken cancellationToken) =>
        _store.InsertAsync(InsertSql[_store], record, audit, cancellationToken);

    /// <inheritdoc />
    public Task<ForecastRecord?> FindAsync(string municipalityCode, string id, CancellationToken cancellationToken) =>
        _store.FindAsync<ForecastRecord>(FindSql[_store], new { Id = id, MunicipalityCode = municipalityCode }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ForecastRecord>> ListAsync(string municipalityCode, CancellationToken cancellationToken) =>
        _store.ListAsync<ForecastRecord>(ListSql[_store], new { MunicipalityCode = municipalityCode }, cancellationToken);

    /// <inheritdoc />
    public Task<ConditionalWriteResult> ReplaceAsync(ForecastRecord replacement, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var r = replacement;
        var parameters = new { r.Id, r.MunicipalityCode, r.Name, r.RequestJson, r.ParameterVersion, r.ResultJson, r.ModifiedAt, ExpectedVersion = expectedVersion };
        return _store.WriteAsync(write => ConditionalAsync(write, ReplaceSql[_store], parameters, r.MunicipalityCode, r.Id, audit), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConditionalWriteOutcome> DeleteAsync(string municipalityCode, string id, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken)
    {
        var parameters = new { Id = id, MunicipalityCode = municipalityCode, ExpectedVersion = expectedVersion };
        var result = await _store.WriteAsync(write => ConditionalAsync(write, DeleteSql[_store], parameters, municipalityCode, id, audit), cancellationToken).ConfigureAwait(false);
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

    // In the order of the record's constructor, which Dapper fills.
    private static string Columns(SqlDialect sql) => $"""
        id AS Id, gemeente_code AS MunicipalityCode, naam AS Name, versie AS Version, verzoek_json AS RequestJson,
        parameter_versie AS ParameterVersion, {sql.Utf8Json("resultaat_json")} AS ResultJson, aangemaakt_op AS CreatedAt, gewijzigd_op AS ModifiedAt
        """;

    private static string Expected(SqlDialect sql) => $"({sql.IsNull("@ExpectedVersion", "bigint")} OR versie = @ExpectedVersion)";
}
