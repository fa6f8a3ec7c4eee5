using Dapper;
using static Onderwijsroute.Funding.Persistence.PostgreSql.PostgresValues;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>Runs of scenarios on PostgreSQL (twin of <see cref="ScenarioRunRepository"/>).</summary>
/// <param name="database">The database.</param>
public sealed class PostgresScenarioRunRepository(PostgresDatabase database) : IScenarioRunRepository
{
    private const string InsertSql = """
        INSERT INTO doorrekeningen (id, scenario_id, scenario_naam, engine_versie, parameter_versie, invoer_hash, invoer_json, resultaat_json, gemeenten_json, aangemaakt_op)
        VALUES (@Id, @ScenarioId, @ScenarioName, @EngineVersion, @ParameterVersion, @InputHash, @InputJson, CAST(@ResultJson AS json), CAST(@MunicipalitiesJson AS json), @CreatedAt);
        """;

    private const string SummaryColumns = """
        id AS Id, scenario_id AS ScenarioId, scenario_naam AS ScenarioName, engine_versie AS EngineVersion,
        parameter_versie AS ParameterVersion, invoer_hash AS InputHash, aangemaakt_op AS CreatedAt
        """;

    private const string FindSql = $"""
        SELECT {SummaryColumns}, invoer_json AS InputJson, resultaat_json::text AS ResultJson, gemeenten_json::text AS MunicipalitiesJson
        FROM doorrekeningen WHERE id = @Id;
        """;

    private const string Criteria = $"(CAST(@ScenarioId AS text) IS NULL OR scenario_id = @ScenarioId) AND {PostgresListCriteria.Period}";

    private const string ListSql = $"SELECT {SummaryColumns} FROM doorrekeningen WHERE {Criteria} ORDER BY aangemaakt_op DESC, id DESC LIMIT @Limit OFFSET @Offset;";

    private const string CountSql = $"SELECT count(*) FROM doorrekeningen WHERE {Criteria};";

    /// <inheritdoc />
    public Task AddRunAsync(ScenarioRunRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = new { record.Id, record.ScenarioId, record.ScenarioName, record.EngineVersion, record.ParameterVersion, record.InputHash, record.InputJson, record.ResultJson, record.MunicipalitiesJson, CreatedAt = Time(record.CreatedAt) };
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
    public async Task<ScenarioRunRecord?> FindRunAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new ScenarioRunRecord(row.Id, row.ScenarioId, row.ScenarioName, row.EngineVersion, row.ParameterVersion, row.InputHash, row.InputJson, row.ResultJson, row.MunicipalitiesJson, Instant(row.CreatedAt));
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<ScenarioRunSummary> Runs, long Total)> ListRunsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = PostgresListCriteria.Parameters(filter, offset, limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(ListSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (rows.Select(r => new ScenarioRunSummary(r.Id, r.ScenarioId, r.ScenarioName, r.EngineVersion, r.ParameterVersion, r.InputHash, Instant(r.CreatedAt))).ToArray(), total);
    }

    private sealed record SummaryRow(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, DateTime CreatedAt);

    private sealed record RunRow(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, DateTime CreatedAt, string InputJson, string ResultJson, string MunicipalitiesJson);
}
