using Dapper;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores deterministic runs of scenarios; a run is written once, with its own copy of the scenario, and never changed.</summary>
/// <param name="database">The database.</param>
public sealed class ScenarioRunRepository(SqliteDatabase database) : IScenarioRunRepository
{
    private const string InsertSql = """
        INSERT INTO doorrekeningen (id, scenario_id, scenario_naam, engine_versie, parameter_versie, invoer_hash, invoer_json, resultaat_json, gemeenten_json, aangemaakt_op)
        VALUES (@Id, @ScenarioId, @ScenarioName, @EngineVersion, @ParameterVersion, @InputHash, @InputJson, @ResultJson, @MunicipalitiesJson, @CreatedAt);
        """;

    private const string SummaryColumns = """
        id AS Id, scenario_id AS ScenarioId, scenario_naam AS ScenarioName, engine_versie AS EngineVersion,
        parameter_versie AS ParameterVersion, invoer_hash AS InputHash, aangemaakt_op AS CreatedAt
        """;

    private const string FindSql = $"""
        SELECT {SummaryColumns}, invoer_json AS InputJson, resultaat_json AS ResultJson, gemeenten_json AS MunicipalitiesJson
        FROM doorrekeningen WHERE id = @Id;
        """;

    private const string Criteria = $"(@ScenarioId IS NULL OR scenario_id = @ScenarioId) AND {ListCriteria.Period}";

    private const string ListSql = $"SELECT {SummaryColumns} FROM doorrekeningen WHERE {Criteria} ORDER BY aangemaakt_op DESC, id DESC LIMIT @Limit OFFSET @Offset;";

    private const string CountSql = $"SELECT count(*) FROM doorrekeningen WHERE {Criteria};";

    /// <inheritdoc />
    public Task AddRunAsync(ScenarioRunRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = new { record.Id, record.ScenarioId, record.ScenarioName, record.EngineVersion, record.ParameterVersion, record.InputHash, record.InputJson, record.ResultJson, record.MunicipalitiesJson, CreatedAt = StoredInstant.Format(record.CreatedAt) };
        return database.InsertAsync(InsertSql, row, audit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ScenarioRunRecord?> FindRunAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new ScenarioRunRecord(row.Id, row.ScenarioId, row.ScenarioName, row.EngineVersion, row.ParameterVersion, row.InputHash, row.InputJson, row.ResultJson, row.MunicipalitiesJson, StoredInstant.Parse(row.CreatedAt));
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<ScenarioRunSummary> Runs, long Total)> ListRunsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = filter.Parameters(offset, limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(ListSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (rows.Select(r => new ScenarioRunSummary(r.Id, r.ScenarioId, r.ScenarioName, r.EngineVersion, r.ParameterVersion, r.InputHash, StoredInstant.Parse(r.CreatedAt))).ToArray(), total);
    }

    private sealed record SummaryRow(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, string CreatedAt);

    private sealed record RunRow(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, string CreatedAt, string InputJson, string ResultJson, string MunicipalitiesJson);
}
