using System.Data.Common;
using Dapper;
using NodaTime;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Stores scenarios: made, replaced and deleted with optimistic concurrency like forecasts (a replace or delete names
/// the version it read and changes nothing when the row has moved on), with names unique per owner. Runs and analyses
/// keep their own copy of a scenario (<see cref="ScenarioRunRepository"/>, <see cref="UncertaintyAnalysisRepository"/>),
/// so a scenario can go without taking its history along.
/// </summary>
/// <param name="database">The database (SQLite or PostgreSQL).</param>
public sealed class ScenarioRepository(IDatabase database) : IScenarioRepository
{
    private const string InsertSql = """
        INSERT INTO scenarios (id, naam, omschrijving, invoer_json, invoer_hash, parameter_versie, kant_en_klaar, aangemaakt_op, eigenaar, versie, gewijzigd_op, basis_scenario_id)
        VALUES (@Id, @Name, @Description, @InputJson, @InputHash, @ParameterVersion, @IsReady, @CreatedAt, @Owner, @Version, @ModifiedAt, @BaseScenarioId)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string Columns = """
        id AS Id, naam AS Name, omschrijving AS Description, invoer_json AS InputJson, invoer_hash AS InputHash,
        parameter_versie AS ParameterVersion, kant_en_klaar AS IsReady, aangemaakt_op AS CreatedAt, eigenaar AS Owner,
        versie AS Version, gewijzigd_op AS ModifiedAt, basis_scenario_id AS BaseScenarioId
        """;

    private const string FindSql = $"SELECT {Columns} FROM scenarios WHERE id = @Id;";

    // A scenario of unknown owner (stored before owners were recorded) never collides: NULL equals nothing.
    private const string NameTakenSql = "SELECT count(*) FROM scenarios WHERE eigenaar = @Owner AND naam = @Name AND id <> @Id;";

    private const string ReplaceSql = """
        UPDATE scenarios
        SET naam = @Name, omschrijving = @Description, invoer_json = @InputJson, invoer_hash = @InputHash, parameter_versie = @ParameterVersion,
            basis_scenario_id = @BaseScenarioId, gewijzigd_op = @ModifiedAt, versie = versie + 1
        WHERE id = @Id AND versie = @ReadVersion
        RETURNING versie;
        """;

    private const string DeleteSql = "DELETE FROM scenarios WHERE id = @Id AND versie = @ReadVersion;";

    private static readonly EngineSql ListSql = new(sql => $"SELECT {Columns} FROM scenarios WHERE {Criteria(sql)} ORDER BY kant_en_klaar DESC, aangemaakt_op, id LIMIT @Limit OFFSET @Offset;");

    private static readonly EngineSql CountSql = new(sql => $"SELECT count(*) FROM scenarios WHERE {Criteria(sql)};");

    // The version is read in the write's transaction. SQLite has one writer at a time, so nothing changes the row
    // before the write; PostgreSQL locks the row for the rest of the transaction.
    private static readonly EngineSql VersionSql = new(sql => $"SELECT versie FROM scenarios WHERE id = @Id{sql.ForUpdate};");

    private readonly IStoreEngine _store = StoreEngines.Of(database);

    /// <inheritdoc />
    public bool AddScenario(ScenarioRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _store.Write((connection, transaction) => connection.Execute(InsertSql, Row.Of(record), transaction) == 1);
    }

    /// <inheritdoc />
    public Task<ConditionalWriteOutcome> CreateScenarioAsync(ScenarioRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = Row.Of(record);
        return _store.WriteAsync(
            async write =>
            {
                if (await NameTakenAsync(write, row).ConfigureAwait(false))
                {
                    return ConditionalWriteOutcome.NameTaken;
                }

                try
                {
                    await write.ExecuteAsync(InsertSql, row).ConfigureAwait(false);
                }
                catch (DbException e) when (_store.Dialect.IsUniqueViolation(e))
                {
                    // Another instance stored the same name for the same owner at the same moment.
                    return ConditionalWriteOutcome.NameTaken;
                }

                await write.AuditAsync(audit).ConfigureAwait(false);
                return ConditionalWriteOutcome.Written;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ScenarioRecord?> FindScenarioAsync(string id, CancellationToken cancellationToken) =>
        (await _store.FindAsync<Row>(FindSql, new { Id = id }, cancellationToken).ConfigureAwait(false))?.ToRecord();

    /// <inheritdoc />
    public async Task<(IReadOnlyList<ScenarioRecord> Records, long Total)> ListScenariosAsync(ScenarioFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = new { filter.Name, filter.Owner, filter.IsReady, Offset = offset, Limit = limit };
        var (rows, total) = await _store.PageAsync<Row>(CountSql[_store], ListSql[_store], parameters, snapshot: false, cancellationToken).ConfigureAwait(false);
        return (rows.Select(r => r.ToRecord()).ToArray(), total);
    }

    /// <inheritdoc />
    public Task<ConditionalWriteResult> ReplaceScenarioAsync(ScenarioRecord replacement, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var row = Row.Of(replacement);
        return _store.WriteAsync(
            async write =>
            {
                var current = await CurrentAsync(write, row.Id, expectedVersion).ConfigureAwait(false);
                if (current.Outcome != ConditionalWriteOutcome.Written)
                {
                    return current;
                }

                if (await NameTakenAsync(write, row).ConfigureAwait(false))
                {
                    return new ConditionalWriteResult(ConditionalWriteOutcome.NameTaken, 0);
                }

                var parameters = new { row.Id, row.Name, row.Description, row.InputJson, row.InputHash, row.ParameterVersion, row.BaseScenarioId, row.ModifiedAt, ReadVersion = current.Version };
                var version = await write.ScalarAsync<long>(ReplaceSql, parameters).ConfigureAwait(false);
                await write.AuditAsync(audit).ConfigureAwait(false);
                return new ConditionalWriteResult(ConditionalWriteOutcome.Written, version);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ConditionalWriteOutcome> DeleteScenarioAsync(string id, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken) =>
        _store.WriteAsync(
            async write =>
            {
                var current = await CurrentAsync(write, id, expectedVersion).ConfigureAwait(false);
                if (current.Outcome != ConditionalWriteOutcome.Written)
                {
                    return current.Outcome;
                }

                await write.ExecuteAsync(DeleteSql, new { Id = id, ReadVersion = current.Version }).ConfigureAwait(false);
                await write.AuditAsync(audit).ConfigureAwait(false);
                return ConditionalWriteOutcome.Written;
            },
            cancellationToken);

    /// <summary>Whether the scenario is there at the expected version: <c>Written</c> with its version means go ahead.</summary>
    private async Task<ConditionalWriteResult> CurrentAsync(StoreWrite write, string id, long? expectedVersion)
    {
        var version = await write.ScalarAsync<long?>(VersionSql[_store], new { Id = id }).ConfigureAwait(false);
        return version switch
        {
            null => new ConditionalWriteResult(ConditionalWriteOutcome.NotFound, 0),
            { } current when expectedVersion is { } expected && expected != current => new ConditionalWriteResult(ConditionalWriteOutcome.VersionMismatch, 0),
            { } current => new ConditionalWriteResult(ConditionalWriteOutcome.Written, current),
        };
    }

    private static string Criteria(SqlDialect sql) =>
        $"{ListCriteria.Equal(sql, "naam", "@Name")} AND {ListCriteria.Equal(sql, "eigenaar", "@Owner")} AND ({sql.IsNull("@IsReady", "boolean")} OR kant_en_klaar = @IsReady)";

    private static async Task<bool> NameTakenAsync(StoreWrite write, Row row) =>
        row.Owner is not null && await write.ScalarAsync<long>(NameTakenSql, new { row.Owner, row.Name, row.Id }).ConfigureAwait(false) > 0;

    // Settable properties, not a positional record: Dapper then converts SQLite's integer 0/1 to the flag, which a
    // constructor (matched by exact column types) would refuse; instants go through InstantHandler.
    private sealed class Row
    {
        public string Id { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public string InputJson { get; init; } = string.Empty;

        public string InputHash { get; init; } = string.Empty;

        public string ParameterVersion { get; init; } = string.Empty;

        public bool IsReady { get; init; }

        public Instant CreatedAt { get; init; }

        public string? Owner { get; init; }

        public long Version { get; init; }

        public Instant? ModifiedAt { get; init; }

        public string? BaseScenarioId { get; init; }

        public static Row Of(ScenarioRecord r) => new()
        {
            Id = r.Id, Name = r.Name, Description = r.Description, InputJson = r.InputJson, InputHash = r.InputHash, ParameterVersion = r.ParameterVersion,
            IsReady = r.IsReady, CreatedAt = r.CreatedAt, Owner = r.Owner, Version = r.Version, ModifiedAt = r.ModifiedAt, BaseScenarioId = r.BaseScenarioId,
        };

        public ScenarioRecord ToRecord() => new(Id, Name, Description, InputJson, InputHash, ParameterVersion, IsReady, CreatedAt)
        {
            Owner = Owner,
            Version = Version,
            ModifiedAt = ModifiedAt ?? CreatedAt,
            BaseScenarioId = BaseScenarioId,
        };
    }
}
