using Dapper;
using NodaTime;
using static Onderwijsroute.Funding.Persistence.PostgreSql.PostgresValues;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>Scenarios, runs and uncertainty analyses on PostgreSQL (twin of <see cref="ScenarioRepository"/>).</summary>
/// <param name="database">The database.</param>
public sealed class PostgresScenarioRepository(PostgresDatabase database) : IScenarioRepository
{
    // Serialises admissions across every instance for the length of one transaction (pg_advisory_xact_lock).
    private const long AdmissionLock = 0x6F6E64_5A;

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
        VALUES (@Id, @ScenarioId, @EngineVersion, @ParameterVersion, @InputHash, @InputJson, CAST(@ResultJson AS json), CAST(@MunicipalitiesJson AS json), @CreatedAt);
        """;

    private const string FindRunSql = """
        SELECT id AS Id, scenario_id AS ScenarioId, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion,
               invoer_hash AS InputHash, invoer_json AS InputJson, resultaat_json::text AS ResultJson, gemeenten_json::text AS MunicipalitiesJson, aangemaakt_op AS CreatedAt
        FROM doorrekeningen WHERE id = @Id;
        """;

    private const string InsertSimulationSql = """
        INSERT INTO onzekerheidsanalyses (id, scenario_id, engine_versie, parameter_versie, invoer_hash, instellingen_json, status, trekkingen, trekkingen_gedaan, resultaat_json, aangemaakt_op, afgerond_op, sleutel_id, reden)
        VALUES (@Id, @ScenarioId, @EngineVersion, @ParameterVersion, @InputHash, @SettingsJson, @Status, @Draws, @DrawsDone, CAST(@ResultJson AS json), @CreatedAt, @FinishedAt, @KeyId, @Reason);
        """;

    private const string UpdateSimulationSql = """
        UPDATE onzekerheidsanalyses
        SET status = @Status, trekkingen_gedaan = @DrawsDone, resultaat_json = CAST(@ResultJson AS json), afgerond_op = @FinishedAt, reden = @Reason
        WHERE id = @Id;
        """;

    private const string SimulationColumns = """
        id AS Id, scenario_id AS ScenarioId, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion,
        invoer_hash AS InputHash, instellingen_json AS SettingsJson, status AS Status, trekkingen AS Draws,
        trekkingen_gedaan AS DrawsDone, resultaat_json::text AS ResultJson, aangemaakt_op AS CreatedAt, afgerond_op AS FinishedAt,
        sleutel_id AS KeyId, reden AS Reason
        """;

    private const string FindSimulationSql = $"SELECT {SimulationColumns} FROM onzekerheidsanalyses WHERE id = @Id;";

    private const string UnfinishedCondition = "status IN ('wachtend', 'bezig')";

    private const string UnfinishedSimulationsSql = $"SELECT {SimulationColumns} FROM onzekerheidsanalyses WHERE {UnfinishedCondition} ORDER BY aangemaakt_op, id;";

    private const string CountUnfinishedSql = $"SELECT count(*) AS Total, count(*) FILTER (WHERE sleutel_id IS NOT DISTINCT FROM CAST(@KeyId AS text)) AS OfKey FROM onzekerheidsanalyses WHERE {UnfinishedCondition};";

    /// <inheritdoc />
    public bool AddScenario(ScenarioRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var connection = database.Open();
        return connection.Execute(InsertScenarioSql, new { record.Id, record.Name, record.Description, record.InputJson, record.InputHash, record.ParameterVersion, record.IsReady, CreatedAt = Time(record.CreatedAt) }) == 1;
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
        var row = new { record.Id, record.ScenarioId, record.EngineVersion, record.ParameterVersion, record.InputHash, record.InputJson, record.ResultJson, record.MunicipalitiesJson, CreatedAt = Time(record.CreatedAt) };
        return database.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(InsertRunSql, row, transaction, cancellationToken: ct)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ScenarioRunRecord?> FindRunAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(FindRunSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new ScenarioRunRecord(row.Id, row.ScenarioId, row.EngineVersion, row.ParameterVersion, row.InputHash, row.InputJson, row.ResultJson, row.MunicipalitiesJson, Instant(row.CreatedAt));
    }

    private const string ClaimSql = $"""
        UPDATE onzekerheidsanalyses SET eigenaar = @Owner, lease_tot = @Until
        WHERE id = @Id AND {UnfinishedCondition} AND (lease_tot IS NULL OR lease_tot < @Now OR eigenaar = @Owner);
        """;

    // The queue pattern of PostgreSQL: the pick locks the row it takes and skips rows other instances are taking.
    private const string ClaimNextSql = $"""
        UPDATE onzekerheidsanalyses SET eigenaar = @Owner, lease_tot = @Until
        WHERE id = (SELECT id FROM onzekerheidsanalyses WHERE {UnfinishedCondition} AND (lease_tot IS NULL OR lease_tot < @Now)
                    AND (eigenaar IS NULL OR eigenaar <> @Owner)
                    ORDER BY aangemaakt_op, id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING {SimulationColumns};
        """;

    private const string RenewSql = $"UPDATE onzekerheidsanalyses SET lease_tot = @Until WHERE id = @Id AND eigenaar = @Owner AND {UnfinishedCondition};";

    /// <inheritdoc />
    public bool ClaimSimulation(string id, string owner, Instant now, Instant leaseUntil)
    {
        using var connection = database.Open();
        return connection.Execute(ClaimSql, new { Id = id, Owner = owner, Now = Time(now), Until = Time(leaseUntil) }) == 1;
    }

    /// <inheritdoc />
    public SimulationRecord? ClaimNextSimulation(string owner, Instant now, Instant leaseUntil)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<SimulationRow>(ClaimNextSql, new { Owner = owner, Now = Time(now), Until = Time(leaseUntil) })?.ToRecord();
    }

    /// <inheritdoc />
    public bool RenewSimulationLease(string id, string owner, Instant leaseUntil)
    {
        using var connection = database.Open();
        return connection.Execute(RenewSql, new { Id = id, Owner = owner, Until = Time(leaseUntil) }) == 1;
    }

    /// <inheritdoc />
    public SimulationAdmission AdmitSimulation(SimulationRecord record, int maxPerKey, int maxTotal)
    {
        ArgumentNullException.ThrowIfNull(record);
        return database.Write((connection, transaction) =>
        {
            connection.Execute("SELECT pg_advisory_xact_lock(@Lock);", new { Lock = AdmissionLock }, transaction);
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
            return SimulationAdmission.Admitted;
        });
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
        using var connection = database.Open();
        connection.Execute(UpdateSimulationSql, new { Id = id, Status = status, DrawsDone = drawsDone, ResultJson = resultJson, FinishedAt = Time(finishedAt), Reason = reason });
    }

    /// <inheritdoc />
    public async Task<SimulationRecord?> FindSimulationAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SimulationRow>(new CommandDefinition(FindSimulationSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    private sealed record ScenarioRow(string Id, string Name, string Description, string InputJson, string InputHash, string ParameterVersion, bool IsReady, DateTime CreatedAt)
    {
        public ScenarioRecord ToRecord() => new(Id, Name, Description, InputJson, InputHash, ParameterVersion, IsReady, Instant(CreatedAt));
    }

    private sealed record RunRow(string Id, string ScenarioId, string EngineVersion, string ParameterVersion, string InputHash, string InputJson, string ResultJson, string MunicipalitiesJson, DateTime CreatedAt);

    private sealed record SimulationRow(string Id, string ScenarioId, string EngineVersion, string ParameterVersion, string InputHash, string SettingsJson, string Status, int Draws, int DrawsDone, string? ResultJson, DateTime CreatedAt, DateTime? FinishedAt, string? KeyId, string? Reason)
    {
        public static SimulationRow Of(SimulationRecord r) =>
            new(r.Id, r.ScenarioId, r.EngineVersion, r.ParameterVersion, r.InputHash, r.SettingsJson, r.Status, r.Draws, r.DrawsDone, r.ResultJson, Time(r.CreatedAt), Time(r.FinishedAt), r.KeyId, r.Reason);

        public SimulationRecord ToRecord() =>
            new(Id, ScenarioId, EngineVersion, ParameterVersion, InputHash, SettingsJson, Status, Draws, DrawsDone, ResultJson, Instant(CreatedAt), Instant(FinishedAt), KeyId, Reason);
    }
}
