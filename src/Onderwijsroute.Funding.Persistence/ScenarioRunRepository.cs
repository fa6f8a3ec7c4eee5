using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores deterministic runs of scenarios; a run is written once, with its own copy of the scenario, and never changed.</summary>
/// <param name="database">The database (SQLite or PostgreSQL).</param>
public sealed class ScenarioRunRepository(IDatabase database) : IScenarioRunRepository
{
    // Rows are read straight into the records: Dapper matches their constructors by column names in order, and reads
    // the instants through InstantHandler.
    private const string Columns = """
        id AS Id, scenario_id AS ScenarioId, scenario_naam AS ScenarioName, engine_versie AS EngineVersion,
        parameter_versie AS ParameterVersion, invoer_hash AS InputHash
        """;

    private static readonly EngineSql InsertSql = new(sql => $"""
        INSERT INTO doorrekeningen (id, scenario_id, scenario_naam, engine_versie, parameter_versie, invoer_hash, invoer_json, resultaat_json, gemeenten_json, aangemaakt_op)
        VALUES (@Id, @ScenarioId, @ScenarioName, @EngineVersion, @ParameterVersion, @InputHash, @InputJson, {sql.JsonValue("@ResultJson")}, {sql.JsonValue("@MunicipalitiesJson")}, @CreatedAt);
        """);

    private static readonly EngineSql FindSql = new(sql => $"""
        SELECT {Columns}, invoer_json AS InputJson, {sql.JsonText("resultaat_json")} AS ResultJson, {sql.JsonText("gemeenten_json")} AS MunicipalitiesJson, aangemaakt_op AS CreatedAt
        FROM doorrekeningen WHERE id = @Id;
        """);

    private static readonly EngineSql ListSql = new(sql => $"SELECT {Columns}, aangemaakt_op AS CreatedAt FROM doorrekeningen WHERE {Criteria(sql)} ORDER BY aangemaakt_op DESC, id DESC LIMIT @Limit OFFSET @Offset;");

    private static readonly EngineSql CountSql = new(sql => $"SELECT count(*) FROM doorrekeningen WHERE {Criteria(sql)};");

    private readonly IStoreEngine _store = StoreEngines.Of(database);

    /// <inheritdoc />
    public Task AddRunAsync(ScenarioRunRecord record, AuditRecord? audit, CancellationToken cancellationToken) =>
        _store.InsertAsync(InsertSql[_store], record, audit, cancellationToken);

    /// <inheritdoc />
    public Task<ScenarioRunRecord?> FindRunAsync(string id, CancellationToken cancellationToken) =>
        _store.FindAsync<ScenarioRunRecord>(FindSql[_store], new { Id = id }, cancellationToken);

    /// <inheritdoc />
    public async Task<(IReadOnlyList<ScenarioRunSummary> Runs, long Total)> ListRunsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return await _store.PageAsync<ScenarioRunSummary>(CountSql[_store], ListSql[_store], filter.Parameters(offset, limit), snapshot: false, cancellationToken).ConfigureAwait(false);
    }

    private static string Criteria(SqlDialect sql) => $"{ListCriteria.Equal(sql, "scenario_id", "@ScenarioId")} AND {ListCriteria.Period(sql)}";
}
