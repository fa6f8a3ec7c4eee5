using Dapper;
using NodaTime;
using static Onderwijsroute.Funding.Persistence.PostgreSql.PostgresValues;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>Uncertainty analyses on PostgreSQL (twin of <see cref="UncertaintyAnalysisRepository"/>), several instances sharing the queue under leases.</summary>
/// <param name="database">The database.</param>
public sealed class PostgresUncertaintyAnalysisRepository(PostgresDatabase database) : IUncertaintyAnalysisRepository
{
    // Serialises admissions across every instance for the length of one transaction (pg_advisory_xact_lock).
    private const long AdmissionLock = 0x6F6E64_5A;

    private const string InsertSql = """
        INSERT INTO onzekerheidsanalyses (id, scenario_id, scenario_naam, engine_versie, parameter_versie, invoer_hash, invoer_json, instellingen_json, status, trekkingen, trekkingen_gedaan, resultaat_json, aangemaakt_op, afgerond_op, sleutel_id, reden)
        VALUES (@Id, @ScenarioId, @ScenarioName, @EngineVersion, @ParameterVersion, @InputHash, @InputJson, @SettingsJson, @Status, @Draws, @DrawsDone, CAST(@ResultJson AS json), @CreatedAt, @FinishedAt, @KeyId, @Reason);
        """;

    private const string UpdateSql = """
        UPDATE onzekerheidsanalyses
        SET status = @Status, trekkingen_gedaan = @DrawsDone, resultaat_json = CAST(@ResultJson AS json), afgerond_op = @FinishedAt, reden = @Reason
        WHERE id = @Id;
        """;

    private const string Columns = """
        id AS Id, scenario_id AS ScenarioId, scenario_naam AS ScenarioName, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion,
        invoer_hash AS InputHash, invoer_json AS InputJson, instellingen_json AS SettingsJson, status AS Status, trekkingen AS Draws,
        trekkingen_gedaan AS DrawsDone, resultaat_json::text AS ResultJson, aangemaakt_op AS CreatedAt, afgerond_op AS FinishedAt,
        sleutel_id AS KeyId, reden AS Reason
        """;

    // A page of a list reads neither the scenario nor the result: those can be large, and a list shows the state.
    private const string SummaryColumns = """
        id AS Id, scenario_id AS ScenarioId, scenario_naam AS ScenarioName, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion,
        invoer_hash AS InputHash, '' AS InputJson, instellingen_json AS SettingsJson, status AS Status, trekkingen AS Draws,
        trekkingen_gedaan AS DrawsDone, CAST(NULL AS text) AS ResultJson, aangemaakt_op AS CreatedAt, afgerond_op AS FinishedAt,
        sleutel_id AS KeyId, reden AS Reason
        """;

    private const string FindSql = $"SELECT {Columns} FROM onzekerheidsanalyses WHERE id = @Id;";

    private const string Criteria = $"(CAST(@ScenarioId AS text) IS NULL OR scenario_id = @ScenarioId) AND (CAST(@Status AS text) IS NULL OR status = @Status) AND {PostgresListCriteria.Period}";

    private const string ListSql = $"SELECT {SummaryColumns} FROM onzekerheidsanalyses WHERE {Criteria} ORDER BY aangemaakt_op DESC, id DESC LIMIT @Limit OFFSET @Offset;";

    private const string CountSql = $"SELECT count(*) FROM onzekerheidsanalyses WHERE {Criteria};";

    private const string UnfinishedCondition = "status IN ('wachtend', 'bezig')";

    private const string UnfinishedSql = $"SELECT {Columns} FROM onzekerheidsanalyses WHERE {UnfinishedCondition} ORDER BY aangemaakt_op, id;";

    private const string CountUnfinishedSql = $"SELECT count(*) AS Total, count(*) FILTER (WHERE sleutel_id IS NOT DISTINCT FROM CAST(@KeyId AS text)) AS OfKey FROM onzekerheidsanalyses WHERE {UnfinishedCondition};";

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
        RETURNING {Columns};
        """;

    private const string RenewSql = $"UPDATE onzekerheidsanalyses SET lease_tot = @Until WHERE id = @Id AND eigenaar = @Owner AND {UnfinishedCondition};";

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

            connection.Execute(InsertSql, Row.Of(record), transaction);
            return SimulationAdmission.Admitted;
        });
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
        using var connection = database.Open();
        connection.Execute(UpdateSql, new { Id = id, Status = status, DrawsDone = drawsDone, ResultJson = resultJson, FinishedAt = Time(finishedAt), Reason = reason });
    }

    /// <inheritdoc />
    public async Task<SimulationRecord?> FindSimulationAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

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
        return connection.QuerySingleOrDefault<Row>(ClaimNextSql, new { Owner = owner, Now = Time(now), Until = Time(leaseUntil) })?.ToRecord();
    }

    /// <inheritdoc />
    public bool RenewSimulationLease(string id, string owner, Instant leaseUntil)
    {
        using var connection = database.Open();
        return connection.Execute(RenewSql, new { Id = id, Owner = owner, Until = Time(leaseUntil) }) == 1;
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<SimulationRecord> Analyses, long Total)> ListSimulationsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = PostgresListCriteria.Parameters(filter, offset, limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(ListSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (rows.Select(r => r.ToRecord()).ToArray(), total);
    }

    private sealed record Row(string Id, string ScenarioId, string ScenarioName, string EngineVersion, string ParameterVersion, string InputHash, string InputJson, string SettingsJson, string Status, int Draws, int DrawsDone, string? ResultJson, DateTime CreatedAt, DateTime? FinishedAt, string? KeyId, string? Reason)
    {
        public static Row Of(SimulationRecord r) =>
            new(r.Id, r.ScenarioId, r.ScenarioName, r.EngineVersion, r.ParameterVersion, r.InputHash, r.InputJson, r.SettingsJson, r.Status, r.Draws, r.DrawsDone, r.ResultJson, Time(r.CreatedAt), Time(r.FinishedAt), r.KeyId, r.Reason);

        public SimulationRecord ToRecord() =>
            new(Id, ScenarioId, ScenarioName, EngineVersion, ParameterVersion, InputHash, InputJson, SettingsJson, Status, Draws, DrawsDone, ResultJson, Instant(CreatedAt), Instant(FinishedAt), KeyId, Reason);
    }
}
