using Dapper;
using NodaTime;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Stores uncertainty analyses (Monte Carlo) of scenarios and their state. The waiting and running ones are the queue
/// of the service (bounded per key and in total, resumed after a restart), so an analysis keeps its own copy of the
/// scenario it analyses. On PostgreSQL several instances share the queue under leases.
/// </summary>
/// <param name="database">The database (SQLite or PostgreSQL).</param>
public sealed class UncertaintyAnalysisRepository(IDatabase database) : IUncertaintyAnalysisRepository
{
    // Serialises admissions across every instance for the length of one transaction (pg_advisory_xact_lock); on SQLite
    // the write turn does.
    private const long AdmissionLock = 0x6F6E64_5A;

    // Waiting or running: what an analysis queue holds. Stored, so the bound holds across restarts and the queue survives them.
    private const string UnfinishedCondition = "status IN ('wachtend', 'bezig')";

    private const string ClaimSql = $"""
        UPDATE onzekerheidsanalyses SET eigenaar = @Owner, lease_tot = @Until
        WHERE id = @Id AND {UnfinishedCondition} AND (lease_tot IS NULL OR lease_tot < @Now OR eigenaar = @Owner);
        """;

    private const string RenewSql = $"UPDATE onzekerheidsanalyses SET lease_tot = @Until WHERE id = @Id AND eigenaar = @Owner AND {UnfinishedCondition};";

    // A page of a list reads neither the scenario nor the result: those can be large, and a list shows the state.
    private const string SummaryColumns = """
        id AS Id, scenario_id AS ScenarioId, scenario_naam AS ScenarioName, engine_versie AS EngineVersion, parameter_versie AS ParameterVersion,
        invoer_hash AS InputHash, instellingen_json AS SettingsJson, status AS Status, trekkingen AS Draws,
        trekkingen_gedaan AS DrawsDone, aangemaakt_op AS CreatedAt, afgerond_op AS FinishedAt,
        sleutel_id AS KeyId, reden AS Reason
        """;

    private static readonly EngineSql InsertSql = new(sql => $"""
        INSERT INTO onzekerheidsanalyses (id, scenario_id, scenario_naam, engine_versie, parameter_versie, invoer_hash, invoer_json, instellingen_json, status, trekkingen, trekkingen_gedaan, resultaat_json, aangemaakt_op, afgerond_op, sleutel_id, reden)
        VALUES (@Id, @ScenarioId, @ScenarioName, @EngineVersion, @ParameterVersion, @InputHash, @InputJson, @SettingsJson, @Status, @Draws, @DrawsDone, {sql.JsonValue("@ResultJson")}, @CreatedAt, @FinishedAt, @KeyId, @Reason);
        """);

    private static readonly EngineSql UpdateSql = new(sql => $"""
        UPDATE onzekerheidsanalyses
        SET status = @Status, trekkingen_gedaan = @DrawsDone, resultaat_json = {sql.JsonValue("@ResultJson")}, afgerond_op = @FinishedAt, reden = @Reason
        WHERE id = @Id;
        """);

    private static readonly EngineSql FindSql = new(sql => $"SELECT {Columns(sql)} FROM onzekerheidsanalyses WHERE id = @Id;");

    private static readonly EngineSql ListSql = new(sql => $"SELECT {SummaryColumns} FROM onzekerheidsanalyses WHERE {Criteria(sql)} ORDER BY aangemaakt_op DESC, id DESC LIMIT @Limit OFFSET @Offset;");

    private static readonly EngineSql CountSql = new(sql => $"SELECT count(*) FROM onzekerheidsanalyses WHERE {Criteria(sql)};");

    private static readonly EngineSql UnfinishedSql = new(sql => $"SELECT {Columns(sql)} FROM onzekerheidsanalyses WHERE {UnfinishedCondition} ORDER BY aangemaakt_op, id;");

    private static readonly EngineSql CountUnfinishedSql = new(sql => $"SELECT count(*) AS Total, {sql.CountSame("sleutel_id", "@KeyId")} AS OfKey FROM onzekerheidsanalyses WHERE {UnfinishedCondition};");

    // On SQLite one process writes the file at a time (the write turn), so picking and taking need no row lock; on
    // PostgreSQL the pick locks the row it takes and skips rows other instances are taking (the queue pattern).
    private static readonly EngineSql ClaimNextSql = new(sql => $"""
        UPDATE onzekerheidsanalyses SET eigenaar = @Owner, lease_tot = @Until
        WHERE id = (SELECT id FROM onzekerheidsanalyses WHERE {UnfinishedCondition} AND (lease_tot IS NULL OR lease_tot < @Now)
                    AND (eigenaar IS NULL OR eigenaar <> @Owner)
                    ORDER BY aangemaakt_op, id LIMIT 1{sql.ForUpdateSkipLocked})
        RETURNING {Columns(sql)};
        """);

    private readonly IStoreEngine _store = StoreEngines.Of(database);

    /// <inheritdoc />
    public SimulationAdmission AdmitSimulation(SimulationRecord record, int maxPerKey, int maxTotal)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _store.Write((connection, transaction) =>
        {
            if (_store.Dialect.IsPostgres)
            {
                connection.Execute("SELECT pg_advisory_xact_lock(@Lock);", new { Lock = AdmissionLock }, transaction);
            }

            var (total, ofKey) = connection.QuerySingle<(long Total, long OfKey)>(CountUnfinishedSql[_store], new { record.KeyId }, transaction);
            if (ofKey >= maxPerKey)
            {
                return SimulationAdmission.KeyQueueFull;
            }

            if (total >= maxTotal)
            {
                return SimulationAdmission.QueueFull;
            }

            connection.Execute(InsertSql[_store], record, transaction);
            return SimulationAdmission.Admitted;
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<SimulationRecord> UnfinishedSimulations()
    {
        using var connection = _store.OpenRead();
        return connection.Query<Row>(UnfinishedSql[_store]).Select(r => r.ToRecord()).ToArray();
    }

    /// <inheritdoc />
    public void UpdateSimulation(string id, string status, int drawsDone, string? resultJson, Instant? finishedAt, string? reason = null) =>
        _store.Write((connection, transaction) => connection.Execute(UpdateSql[_store], new { Id = id, Status = status, DrawsDone = drawsDone, ResultJson = resultJson, FinishedAt = finishedAt, Reason = reason }, transaction));

    /// <inheritdoc />
    public async Task<SimulationRecord?> FindSimulationAsync(string id, CancellationToken cancellationToken) =>
        (await _store.FindAsync<Row>(FindSql[_store], new { Id = id }, cancellationToken).ConfigureAwait(false))?.ToRecord();

    /// <inheritdoc />
    public async Task<(IReadOnlyList<SimulationRecord> Analyses, long Total)> ListSimulationsAsync(ListFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (rows, total) = await _store.PageAsync<Row>(CountSql[_store], ListSql[_store], filter.Parameters(offset, limit), snapshot: false, cancellationToken).ConfigureAwait(false);
        return (rows.Select(r => r.ToRecord()).ToArray(), total);
    }

    /// <inheritdoc />
    public bool ClaimSimulation(string id, string owner, Instant now, Instant leaseUntil) =>
        _store.Write((connection, transaction) => connection.Execute(ClaimSql, new { Id = id, Owner = owner, Now = now, Until = leaseUntil }, transaction) == 1);

    /// <inheritdoc />
    public SimulationRecord? ClaimNextSimulation(string owner, Instant now, Instant leaseUntil) =>
        _store.Write((connection, transaction) => connection.QuerySingleOrDefault<Row>(ClaimNextSql[_store], new { Owner = owner, Now = now, Until = leaseUntil }, transaction)?.ToRecord());

    /// <inheritdoc />
    public bool RenewSimulationLease(string id, string owner, Instant leaseUntil) =>
        _store.Write((connection, transaction) => connection.Execute(RenewSql, new { Id = id, Owner = owner, Until = leaseUntil }, transaction) == 1);

    private static string Columns(SqlDialect sql) => $"{SummaryColumns}, invoer_json AS InputJson, {sql.JsonText("resultaat_json")} AS ResultJson";

    private static string Criteria(SqlDialect sql) =>
        $"{ListCriteria.Equal(sql, "scenario_id", "@ScenarioId")} AND {ListCriteria.Equal(sql, "status", "@Status")} AND {ListCriteria.Period(sql)}";

    // Settable properties, not a positional record: Dapper then converts SQLite's 64-bit integers to the counts, and a
    // list page, which reads neither scenario nor result, leaves them empty (an empty scenario, no result).
    private sealed class Row
    {
        public string Id { get; init; } = string.Empty;

        public string ScenarioId { get; init; } = string.Empty;

        public string ScenarioName { get; init; } = string.Empty;

        public string EngineVersion { get; init; } = string.Empty;

        public string ParameterVersion { get; init; } = string.Empty;

        public string InputHash { get; init; } = string.Empty;

        public string InputJson { get; init; } = string.Empty;

        public string SettingsJson { get; init; } = string.Empty;

        public string Status { get; init; } = string.Empty;

        public int Draws { get; init; }

        public int DrawsDone { get; init; }

        public string? ResultJson { get; init; }

        public Instant CreatedAt { get; init; }

        public Instant? FinishedAt { get; init; }

        public string? KeyId { get; init; }

        public string? Reason { get; init; }

        public SimulationRecord ToRecord() =>
            new(Id, ScenarioId, ScenarioName, EngineVersion, ParameterVersion, InputHash, InputJson, SettingsJson, Status, Draws, DrawsDone, ResultJson, CreatedAt, FinishedAt, KeyId, Reason);
    }
}
