using NodaTime;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores deterministic runs of scenarios; a run is written once, with its own copy of the scenario, and never changed.</summary>
public sealed class ScenarioRunRepository : IScenarioRunRepository
{
    // Rows are read straight into the records: Dapper matches their constructors by column names in order, and reads
    // the instants through InstantHandler.
    private const string Columns = """
        id AS Id, scenario_id AS ScenarioId, scenario_naam AS ScenarioName, engine_versie AS EngineVersion,
        parameter_versie AS ParameterVersion, invoer_hash AS InputHash
        """;

    private readonly IStoreEngine _store;
    private readonly string _insertSql;
    private readonly string _findSql;
    private readonly string _listSql;
    private readonly string _countSql;

    /// <summary>The runs of a database.</summary>
    /// <param name="database">The database (SQLite or PostgreSQL).</param>
    public ScenarioRunRepository(IDatabase database)
    {
        _store = StoreEngines.Of(database);
        var sql = _store.Dialect;
        _insertSql = $"""
            INSERT INTO doorrekeningen (id, scenario_id, scenario_naam, engine_versie, parameter_versie, invoer_hash, invoer_json, resultaat_json, gemeenten_json, aangemaakt_op)
            VALUES (@Id, @ScenarioId, @ScenarioName, @EngineVersion, @ParameterVersion, @InputHash, @InputJson, {sql.JsonValue("@ResultJson")}, {sql.JsonValue("@MunicipalitiesJson")}, @CreatedAt);
            """;
        _findSql = $"""
            SELECT {Columns}, invoer_json AS InputJson, {sql.JsonText("resultaat_json")} AS ResultJson, {sql.JsonText("gemeenten_json")} AS MunicipalitiesJson, aangemaakt_op AS CreatedAt
            FROM doorrekeningen WHERE id = @Id;
            """;
        var criteria = $"{ListCriteria.Equal(sql, "scenario_id", "@ScenarioId")} AND {ListCriteria.Period(sql)}";
        _listSql = $"SELECT {Columns}, aangemaakt_op AS CreatedAt FROM doorrekeningen WHERE {criteria} ORDER BY aangemaakt_op DESC, id DESC LIMIT @Limit OFFSET @Offset;";
        _countSql = $"SELECT count(*) FROM doorrekeningen WHERE {criteria};";
    }

    /// <inheritdoc />
    public Task AddRunAsync(ScenarioRunRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _store.InsertAsync(_insertSql, record, audit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ScenarioRunRecord?> FindRunAsync(string id, CancellationToken cancellationToken) =>
        await _store.FindAsync<ScenarioRunRecord>(_findSql, new { Id = id }, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<(IReadOnlyList<ScenarioRunSummary> Runs, long Total)> ListRunsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return await _store.PageAsync<ScenarioRunSummary>(_countSql, _listSql, filter.Parameters(offset, limit), snapshot: false, cancellationToken).ConfigureAwait(false);
    }
}
