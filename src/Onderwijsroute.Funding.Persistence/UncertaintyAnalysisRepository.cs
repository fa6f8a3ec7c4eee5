using Dapper;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Stores uncertainty analyses (Monte Carlo) of scenarios and their state. The waiting and running ones are the queue
/// of the service (bounded per key and in total, resumed after a restart), so an analysis keeps its own copy of the
/// scenario it analyses.
/// </summary>
/// <param name="database">The database.</param>
public sealed class UncertaintyAnalysisRepository(SqliteDatabase database)
{
    private const string InsertSql = """
        INSERT INTO onzekerheidsanalyses (id, scenario_id, scenario_naam, engine_versie, parameter_versie, invoer_hash, invoer_json, instellingen_json, status, trekkingen, trekkingen_gedaan, resultaat_json, aangemaakt_op, afgerond_op, sleutel_id, reden)
        VALUES (@Id, @ScenarioId, @ScenarioName, @EngineVersion, @ParameterVersion, @InputHash, @InputJson, @SettingsJson, @Status, @Draws, @DrawsDone, @ResultJson, @CreatedAt, @FinishedAt, @KeyId, @Reason);
        """;

    private const string UpdateSql = """
        UPDATE onzekerheidsanalyses
        SET status = @Status, trekkingen_gedaan = @DrawsDone, resultaat_json = @ResultJson, afgerond_op = @FinishedAt, reden = @Reason
        WHERE id = @Id;
        """;

    private const string Columns = """
        id AS Id, scenario_id AS ScenarioId, scenario_naam AS ScenarioName, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion,
        invoer_hash AS InputHash, invoer_json AS InputJson, instellingen_json AS SettingsJson, status AS Status, trekkingen AS Draws,
        trekkingen_gedaan AS DrawsDone, resultaat_json AS ResultJson, aangemaakt_op AS CreatedAt, afgerond_op AS FinishedAt,
        sleutel_id AS KeyId, reden AS Reason
        """;

    // A page of a list reads neither the scenario nor the result: those can be large, and a list shows the state.
    private const string SummaryColumns = """
        id AS Id, scenario_id AS ScenarioId, scenario_naam AS ScenarioName, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion,
        invoer_hash AS InputHash, instellingen_json AS SettingsJson, status AS Status, trekkingen AS Draws,
        trekkingen_gedaan AS DrawsDone, aangemaakt_op AS CreatedAt, afgerond_op AS FinishedAt,
        sleutel_id AS KeyId, reden AS Reason
        """;

    private const string FindSql = $"SELECT {Columns} FROM onzekerheidsanalyses WHERE id = @Id;";

    private const string Criteria = $"(@ScenarioId IS NULL OR scenario_id = @ScenarioId) AND (@Status IS NULL OR status = @Status) AND {ListCriteria.Period}";

    private const string ListSql = $"SELECT {SummaryColumns} FROM onzekerheidsanalyses WHERE {Criteria} ORDER BY aangemaakt_op DESC, id DESC LIMIT @Limit OFFSET @Offset;";

    private const string CountSql = $"SELECT count(*) FROM onzekerheidsanalyses WHERE {Criteria};";

    // Waiting or running: what an analysis queue holds. Stored, so the bound holds across restarts and the queue survives them.
    private const string UnfinishedCondition = "status IN ('wachtend', 'bezig')";

    private const string UnfinishedSql = $"SELECT {Columns} FROM onzekerheidsanalyses WHERE {UnfinishedCondition} ORDER BY aangemaakt_op, id;";

    private const string CountUnfinishedSql = $"SELECT count(*) AS Total, coalesce(sum(sleutel_id IS @KeyId), 0) AS OfKey FROM onzekerheidsanalyses WHERE {UnfinishedCondition};";

    /// <summary>
    /// Stores a new analysis as waiting, unless its key (<see cref="SimulationRecord.KeyId"/>) or the service already has
    /// the most analyses waiting or running: the count and the insert are one write turn, so parallel requests cannot
    /// both take the last place.
    /// </summary>
    /// <param name="record">The analysis (status waiting).</param>
    /// <param name="maxPerKey">The most analyses one key may have waiting or running.</param>
    /// <param name="maxTotal">The most analyses the service takes waiting or running.</param>
    public SimulationAdmission AdmitSimulation(SimulationRecord record, int maxPerKey, int maxTotal)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var (total, ofKey) = connection.QuerySingle<(long Total, long OfKey)>(CountUnfinishedSql, new { record.KeyId }, transaction);
        if (ofKey >= maxPerKey)
        {
            return SimulationAdmission.KeyQueueFull;
        }

        if (total >= maxTotal)
        {
            return SimulationAdmission.QueueFull;
        }

        connection.Execute(InsertSql, Row.Of(record), transaction);
        transaction.Commit();
        return SimulationAdmission.Admitted;
    }

    /// <summary>The analyses that are waiting or running according to the store, oldest first (to resume after a restart).</summary>
    public IReadOnlyList<SimulationRecord> UnfinishedSimulations()
    {
        using var connection = database.Open();
        return connection.Query<Row>(UnfinishedSql).Select(r => r.ToRecord()).ToArray();
    }

    /// <summary>Updates the state of an analysis.</summary>
    /// <param name="id">The id.</param>
    /// <param name="status">The status.</param>
    /// <param name="drawsDone">Draws done.</param>
    /// <param name="resultJson">The result, when done.</param>
    /// <param name="finishedAt">When it ended, if it did.</param>
    /// <param name="reason">Why it failed, or <c>null</c>.</param>
    public void UpdateSimulation(string id, string status, int drawsDone, string? resultJson, Instant? finishedAt, string? reason = null)
    {
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        connection.Execute(UpdateSql, new { Id = id, Status = status, DrawsDone = drawsDone, ResultJson = resultJson, FinishedAt = finishedAt is { } at ? StoredInstant.Format(at) : null, Reason = reason });
    }

    /// <summary>Finds an analysis.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<SimulationRecord?> FindSimulationAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    /// <summary>
    /// One page of the analyses that meet the criteria (scenario, stored status, period), newest first; without their
    /// scenario and result (<see cref="SimulationRecord.InputJson"/> empty, <see cref="SimulationRecord.ResultJson"/> <c>null</c>).
    /// </summary>
    /// <param name="filter">The criteria.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<(IReadOnlyList<SimulationRecord> Analyses, long Total)> ListSimulationsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = filter.Parameters(offset, limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(ListSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (rows.Select(r => new Row(r.Id, r.ScenarioId, r.ScenarioName, r.EngineVersion, r.ParameterVersion, r.InputHash, string.Empty, r.SettingsJson, r.Status, r.Draws, r.DrawsDone, null, r.CreatedAt, r.FinishedAt, r.KeyId, r.Reason).ToRecord()).ToArray(), total);
    }

    // Only stored columns: the SQLite driver types an expression column (such as '' AS InputJson) as a blob when no row is read.
    private sealed record SummaryRow(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, string SettingsJson, string Status, long Draws, long DrawsDone, string CreatedAt, string? FinishedAt, string? KeyId, string? Reason);

    private sealed record Row(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, string InputJson, string SettingsJson, string Status, long Draws, long DrawsDone, string? ResultJson, string CreatedAt, string? FinishedAt, string? KeyId, string? Reason)
    {
        public static Row Of(SimulationRecord r) =>
            new(r.Id, r.ScenarioId, r.ScenarioName, r.EngineVersion, r.ParameterVersion, r.InputHash, r.InputJson, r.SettingsJson, r.Status, r.Draws, r.DrawsDone, r.ResultJson, StoredInstant.Format(r.CreatedAt), r.FinishedAt is { } at ? StoredInstant.Format(at) : null, r.KeyId, r.Reason);

        public SimulationRecord ToRecord() =>
            new(Id, ScenarioId, ScenarioName, EngineVersion, ParameterVersion, InputHash, InputJson, SettingsJson, Status, (int)Draws, (int)DrawsDone, ResultJson, StoredInstant.Parse(CreatedAt), FinishedAt is null ? null : StoredInstant.Parse(FinishedAt), KeyId, Reason);
    }
}
