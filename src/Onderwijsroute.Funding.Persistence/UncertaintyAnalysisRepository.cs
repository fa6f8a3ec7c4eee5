using Dapper;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Stores uncertainty analyses (Monte Carlo) of scenarios and their state. The waiting and running ones are the queue
/// of the service (bounded per key and in total, resumed after a restart), so an analysis keeps its own copy of the
/// scenario it analyses.
/// </summary>
/// <param name="database">The database.</param>
public sealed class UncertaintyAnalysisRepository(SqliteDatabase database) : IUncertaintyAnalysisRepository
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

    /// <inheritdoc />
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

    /// <inheritdoc />
    public IReadOnlyList<SimulationRecord> UnfinishedSimulations()
    {
        using var connection = database.Open();
        return connection.Query<Row>(UnfinishedSql).Select(r => r.ToRecord()).ToArray();
    }

    /// <inheritdoc />
    public void UpdateSimulation(string id, string status, int drawsDone, string? resultJson, Instant? finishedAt, string? reason = null)
    {
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        connection.Execute(UpdateSql, new { Id = id, Status = status, DrawsDone = drawsDone, ResultJson = resultJson, FinishedAt = finishedAt is { } at ? StoredInstant.Format(at) : null, Reason = reason });
    }

    /// <inheritdoc />
    public async Task<SimulationRecord?> FindSimulationAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<SimulationRecord> Analyses, long Total)> ListSimulationsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = filter.Parameters(offset, limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(ListSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (rows.Select(r => new Row(r.Id, r.ScenarioId, r.ScenarioName, r.EngineVersion, r.ParameterVersion, r.InputHash, string.Empty, r.SettingsJson, r.Status, r.Draws, r.DrawsDone, null, r.CreatedAt, r.FinishedAt, r.KeyId, r.Reason).ToRecord()).ToArray(), total);
    }

    private const string ClaimSql = $"""
        UPDATE onzekerheidsanalyses SET eigenaar = @Owner, lease_tot = @Until
        WHERE id = @Id AND {UnfinishedCondition} AND (lease_tot IS NULL OR lease_tot < @Now OR eigenaar = @Owner);
        """;

    // One process writes the file at a time (the write turn), so picking and taking need no row lock here.
    private const string ClaimNextSql = $"""
        UPDATE onzekerheidsanalyses SET eigenaar = @Owner, lease_tot = @Until
        WHERE id = (SELECT id FROM onzekerheidsanalyses WHERE {UnfinishedCondition} AND (lease_tot IS NULL OR lease_tot < @Now)
                    AND (eigenaar IS NULL OR eigenaar <> @Owner)
                    ORDER BY aangemaakt_op, id LIMIT 1)
        RETURNING {Columns};
        """;

    private const string RenewSql = $"UPDATE onzekerheidsanalyses SET lease_tot = @Until WHERE id = @Id AND eigenaar = @Owner AND {UnfinishedCondition};";

    /// <inheritdoc />
    public bool ClaimSimulation(string id, string owner, Instant now, Instant leaseUntil)
    {
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        return connection.Execute(ClaimSql, new { Id = id, Owner = owner, Now = StoredInstant.Format(now), Until = StoredInstant.Format(leaseUntil) }) == 1;
    }

    /// <inheritdoc />
    public SimulationRecord? ClaimNextSimulation(string owner, Instant now, Instant leaseUntil)
    {
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Row>(ClaimNextSql, new { Owner = owner, Now = StoredInstant.Format(now), Until = StoredInstant.Format(leaseUntil) })?.ToRecord();
    }

    /// <inheritdoc />
    public bool RenewSimulationLease(string id, string owner, Instant leaseUntil)
    {
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        return connection.Execute(RenewSql, new { Id = id, Owner = owner, Until = StoredInstant.Format(leaseUntil) }) == 1;
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
