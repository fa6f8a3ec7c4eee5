using Dapper;
using NodaTime;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores comparisons of runs; a comparison is written once, with a row per compared run, and never changed.</summary>
/// <param name="database">The database (SQLite or PostgreSQL).</param>
public sealed class ComparisonRepository(IDatabase database) : IComparisonRepository
{
    private const string Columns = "id AS Id, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion, aangemaakt_op AS CreatedAt";

    private static readonly EngineSql InsertSql = new(sql => $"""
        INSERT INTO vergelijkingen (id, engine_versie, parameter_versie, verzoek_json, resultaat_json, aangemaakt_op)
        VALUES (@Id, @EngineVersion, @ParameterVersion, @RequestJson, {sql.JsonValue("@ResultJson")}, @CreatedAt);
        """);

    private const string InsertRunSql = """
        INSERT INTO vergelijking_doorrekeningen (vergelijking_id, positie, doorrekening_id, scenario_id, scenario_naam)
        VALUES (@ComparisonId, @Position, @RunId, @ScenarioId, @ScenarioName);
        """;

    private static readonly EngineSql FindSql = new(sql => $"SELECT {Columns}, verzoek_json AS RequestJson, {sql.JsonText("resultaat_json")} AS ResultJson FROM vergelijkingen WHERE id = @Id;");

    private static readonly EngineSql RunsSql = new(sql => $"""
        SELECT vergelijking_id AS ComparisonId, doorrekening_id AS RunId, scenario_id AS ScenarioId, scenario_naam AS ScenarioName
        FROM vergelijking_doorrekeningen WHERE {sql.In("vergelijking_id", "@Ids")} ORDER BY vergelijking_id, positie;
        """);

    private static readonly EngineSql ListSql = new(sql => $"SELECT {Columns} FROM vergelijkingen v WHERE {Criteria(sql)} ORDER BY aangemaakt_op DESC, id DESC LIMIT @Limit OFFSET @Offset;");

    private static readonly EngineSql CountSql = new(sql => $"SELECT count(*) FROM vergelijkingen v WHERE {Criteria(sql)};");

    private readonly IStoreEngine _store = StoreEngines.Of(database);

    /// <inheritdoc />
    public Task AddComparisonAsync(ComparisonRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = new { record.Id, record.EngineVersion, record.ParameterVersion, record.RequestJson, record.ResultJson, record.CreatedAt };
        var runs = record.Runs.Select((r, i) => new { ComparisonId = record.Id, Position = i, r.RunId, r.ScenarioId, r.ScenarioName }).ToArray();
        return _store.WriteAsync(
            async write =>
            {
                await write.ExecuteAsync(InsertSql[_store], row).ConfigureAwait(false);
                await write.ExecuteAsync(InsertRunSql, runs).ConfigureAwait(false);
                await write.AuditAsync(audit).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ComparisonRecord?> FindComparisonAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql[_store], new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var runs = await RunsAsync(connection, [id], cancellationToken).ConfigureAwait(false);
        return new ComparisonRecord(row.Id, row.EngineVersion, row.ParameterVersion, runs[id], row.RequestJson, row.ResultJson, row.CreatedAt);
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<ComparisonSummary> Comparisons, long Total)> ListComparisonsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = filter.Parameters(offset, limit);
        await using var connection = await _store.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql[_store], parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<SummaryRow>(new CommandDefinition(ListSql[_store], parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToArray();
        var runs = await RunsAsync(connection, rows.Select(r => r.Id).ToArray(), cancellationToken).ConfigureAwait(false);
        return (rows.Select(r => new ComparisonSummary(r.Id, r.EngineVersion, r.ParameterVersion, runs[r.Id], r.CreatedAt)).ToArray(), total);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<ComparedRun>>> RunsAsync(System.Data.Common.DbConnection connection, string[] ids, CancellationToken cancellationToken)
    {
        var rows = ids.Length == 0 ? [] : await connection.QueryAsync<RunRow>(new CommandDefinition(RunsSql[_store], new { Ids = ids }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var byComparison = rows.GroupBy(r => r.ComparisonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<ComparedRun>)g.Select(r => new ComparedRun(r.RunId, r.ScenarioId, r.ScenarioName)).ToArray(), StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => byComparison.GetValueOrDefault(id) ?? [], StringComparer.Ordinal);
    }

    private static string Criteria(SqlDialect sql) => $"""
        ({sql.IsNull("@ScenarioId", "text")} OR EXISTS (SELECT 1 FROM vergelijking_doorrekeningen r WHERE r.vergelijking_id = v.id AND r.scenario_id = @ScenarioId))
        AND ({sql.IsNull("@RunId", "text")} OR EXISTS (SELECT 1 FROM vergelijking_doorrekeningen r WHERE r.vergelijking_id = v.id AND r.doorrekening_id = @RunId))
        AND {ListCriteria.Period(sql)}
        """;

    private sealed record Row(string Id, string EngineVersion, string ParameterVersion, Instant CreatedAt, string RequestJson, string ResultJson);

    private sealed record SummaryRow(string Id, string EngineVersion, string ParameterVersion, Instant CreatedAt);

    private sealed record RunRow(string ComparisonId, string RunId, string ScenarioId, string ScenarioName);
}
