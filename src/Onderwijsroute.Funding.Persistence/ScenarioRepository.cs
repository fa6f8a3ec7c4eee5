using Dapper;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores scenarios, their runs and their Monte Carlo analyses; scenarios and runs are written once.</summary>
/// <param name="database">The database.</param>
public sealed class ScenarioRepository(SqliteDatabase database) : IScenarioRepository
{
    private const string InsertScenarioSql = """
        INSERT INTO scenarios (id, naam, omschrijving, invoer_json, invoer_hash, parameter_versie, kant_en_klaar, aangemaakt_op)
        VALUES (@Id, @Name, @Description, @InputJson, @InputHash, @ParameterVersion, @IsReady, @CreatedAt)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string ScenarioColumns = """
        id AS Id, naam AS Name, omschrijving AS Description, invoer_json AS InputJson, invoer_hash AS InputHash,
        parameter_versie AS ParameterVersion, kant_en_klaar AS IsReady, aangemaakt_op AS CreatedAt
        """;

    private const string FindScenarioSql = $"SELECT {ScenarioColumns} FROM scenarios WHERE id = @Id;";

    private const string ListScenariosSql = $"SELECT {ScenarioColumns} FROM scenarios ORDER BY kant_en_klaar DESC, aangemaakt_op, id LIMIT @Limit OFFSET @Offset;";

    private const string CountScenariosSql = "SELECT count(*) FROM scenarios;";

    private const string InsertRunSql = """
        INSERT INTO doorrekeningen (id, scenario_id, engine_versie, parameter_versie, invoer_hash, invoer_json, resultaat_json, gemeenten_json, aangemaakt_op)
        VALUES (@Id, @ScenarioId, @EngineVersion, @ParameterVersion, @InputHash, @InputJson, @ResultJson, @MunicipalitiesJson, @CreatedAt);
        """;

    private const string FindRunSql = """
        SELECT id AS Id, scenario_id AS ScenarioId, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion,
               invoer_hash AS InputHash, invoer_json AS InputJson, resultaat_json AS ResultJson, gemeenten_json AS MunicipalitiesJson, aangemaakt_op AS CreatedAt
        FROM doorrekeningen WHERE id = @Id;
        """;

    private const string InsertSimulationSql = """
        INSERT INTO onzekerheidsanalyses (id, scenario_id, engine_versie, parameter_versie, invoer_hash, instellingen_json, status, trekkingen, trekkingen_gedaan, resultaat_json, aangemaakt_op, afgerond_op, sleutel_id, reden)
        VALUES (@Id, @ScenarioId, @EngineVersion, @ParameterVersion, @InputHash, @SettingsJson, @Status, @Draws, @DrawsDone, @ResultJson, @CreatedAt, @FinishedAt, @KeyId, @Reason);
        """;

    private const string UpdateSimulationSql = """
        UPDATE onzekerheidsanalyses
        SET status = @Status, trekkingen_gedaan = @DrawsDone, resultaat_json = @ResultJson, afgerond_op = @FinishedAt, reden = @Reason
        WHERE id = @Id;
        """;

    private const string SimulationColumns = """
        id AS Id, scenario_id AS ScenarioId, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion,
        invoer_hash AS InputHash, instellingen_json AS SettingsJson, status AS Status, trekkingen AS Draws,
        trekkingen_gedaan AS DrawsDone, resultaat_json AS ResultJson, aangemaakt_op AS CreatedAt, afgerond_op AS FinishedAt,
        sleutel_id AS KeyId, reden AS Reason
        """;

    private const string FindSimulationSql = $"SELECT {SimulationColumns} FROM onzekerheidsanalyses WHERE id = @Id;";

    // Waiting or running: what an analysis queue holds. Stored, so the bound holds across restarts and the queue survives them.
    private const string UnfinishedCondition = "status IN ('wachtend', 'bezig')";

    private const string UnfinishedSimulationsSql = $"SELECT {SimulationColumns} FROM onzekerheidsanalyses WHERE {UnfinishedCondition} ORDER BY aangemaakt_op, id;";

    private const string CountUnfinishedSql = $"SELECT count(*) AS Total, coalesce(sum(sleutel_id IS @KeyId), 0) AS OfKey FROM onzekerheidsanalyses WHERE {UnfinishedCondition};";

    /// <inheritdoc />
    public bool AddScenario(ScenarioRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        return connection.Execute(InsertScenarioSql, ScenarioRow.Of(record)) == 1;
    }

    /// <inheritdoc />
    public async Task<ScenarioRecord?> FindScenarioAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ScenarioRow>(new CommandDefinition(FindScenarioSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<ScenarioRecord> Records, long Total)> ListScenariosAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountScenariosSql, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ScenarioRow>(new CommandDefinition(ListScenariosSql, new { Offset = offset, Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (rows.Select(r => r.ToRecord()).ToArray(), total);
    }

    /// <inheritdoc />
    public Task AddRunAsync(ScenarioRunRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = new { record.Id, record.ScenarioId, record.EngineVersion, record.ParameterVersion, record.InputHash, record.InputJson, record.ResultJson, record.MunicipalitiesJson, CreatedAt = StoredInstant.Format(record.CreatedAt) };
        return database.WriteAsync(write => write.Connection.Execute(InsertRunSql, row, write.Transaction), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ScenarioRunRecord?> FindRunAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(FindRunSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new ScenarioRunRecord(row.Id, row.ScenarioId, row.EngineVersion, row.ParameterVersion, row.InputHash, row.InputJson, row.ResultJson, row.MunicipalitiesJson, StoredInstant.Parse(row.CreatedAt));
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
        RETURNING {SimulationColumns};
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
        return connection.QuerySingleOrDefault<SimulationRow>(ClaimNextSql, new { Owner = owner, Now = StoredInstant.Format(now), Until = StoredInstant.Format(leaseUntil) })?.ToRecord();
    }

    /// <inheritdoc />
    public bool RenewSimulationLease(string id, string owner, Instant leaseUntil)
    {
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        return connection.Execute(RenewSql, new { Id = id, Owner = owner, Until = StoredInstant.Format(leaseUntil) }) == 1;
    }

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

        connection.Execute(InsertSimulationSql, SimulationRow.Of(record), transaction);
        transaction.Commit();
        return SimulationAdmission.Admitted;
    }

    /// <inheritdoc />
    public IReadOnlyList<SimulationRecord> UnfinishedSimulations()
    {
        using var connection = database.Open();
        return connection.Query<SimulationRow>(UnfinishedSimulationsSql).Select(r => r.ToRecord()).ToArray();
    }

    /// <inheritdoc />
    public void UpdateSimulation(string id, string status, int drawsDone, string? resultJson, Instant? finishedAt, string? reason = null)
    {
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        connection.Execute(UpdateSimulationSql, new { Id = id, Status = status, DrawsDone = drawsDone, ResultJson = resultJson, FinishedAt = finishedAt is { } at ? StoredInstant.Format(at) : null, Reason = reason });
    }

    /// <inheritdoc />
    public async Task<SimulationRecord?> FindSimulationAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SimulationRow>(new CommandDefinition(FindSimulationSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    private sealed record ScenarioRow(string Id, string Name, string Description, string InputJson, string InputHash, string ParameterVersion, long IsReady, string CreatedAt)
    {
        public static ScenarioRow Of(ScenarioRecord r) => new(r.Id, r.Name, r.Description, r.InputJson, r.InputHash, r.ParameterVersion, r.IsReady ? 1 : 0, StoredInstant.Format(r.CreatedAt));

        public ScenarioRecord ToRecord() => new(Id, Name, Description, InputJson, InputHash, ParameterVersion, IsReady != 0, StoredInstant.Parse(CreatedAt));
    }

    private sealed record RunRow(string Id, string ScenarioId, string EngineVersion, string ParameterVersion, string InputHash, string InputJson, string ResultJson, string MunicipalitiesJson, string CreatedAt);

    private sealed record SimulationRow(string Id, string ScenarioId, string EngineVersion, string ParameterVersion, string InputHash, string SettingsJson, string Status, long Draws, long DrawsDone, string? ResultJson, string CreatedAt, string? FinishedAt, string? KeyId, string? Reason)
    {
        public static SimulationRow Of(SimulationRecord r) =>
            new(r.Id, r.ScenarioId, r.EngineVersion, r.ParameterVersion, r.InputHash, r.SettingsJson, r.Status, r.Draws, r.DrawsDone, r.ResultJson, StoredInstant.Format(r.CreatedAt), r.FinishedAt is { } at ? StoredInstant.Format(at) : null, r.KeyId, r.Reason);

        public SimulationRecord ToRecord() =>
            new(Id, ScenarioId, EngineVersion, ParameterVersion, InputHash, SettingsJson, Status, (int)Draws, (int)DrawsDone, ResultJson, StoredInstant.Parse(CreatedAt), FinishedAt is null ? null : StoredInstant.Parse(FinishedAt), KeyId, Reason);
    }
}
