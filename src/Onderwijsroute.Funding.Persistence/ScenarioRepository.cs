using Dapper;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Stores scenarios: made, replaced and deleted with optimistic concurrency like forecasts (a replace or delete names
/// the version it read and changes nothing when the row has moved on), with names unique per owner. Runs and analyses
/// keep their own copy of a scenario (<see cref="ScenarioRunRepository"/>, <see cref="UncertaintyAnalysisRepository"/>),
/// so a scenario can go without taking its history along.
/// </summary>
/// <param name="database">The database.</param>
public sealed class ScenarioRepository(SqliteDatabase database) : IScenarioRepository
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

    private const string Criteria = "(@Name IS NULL OR naam = @Name) AND (@Owner IS NULL OR eigenaar = @Owner) AND (@IsReady IS NULL OR kant_en_klaar = @IsReady)";

    private const string ListSql = $"SELECT {Columns} FROM scenarios WHERE {Criteria} ORDER BY kant_en_klaar DESC, aangemaakt_op, id LIMIT @Limit OFFSET @Offset;";

    private const string CountSql = $"SELECT count(*) FROM scenarios WHERE {Criteria};";

    // A scenario of unknown owner (stored before owners were recorded) never collides: NULL equals nothing.
    private const string NameTakenSql = "SELECT count(*) FROM scenarios WHERE eigenaar = @Owner AND naam = @Name AND id <> @Id;";

    private const string VersionSql = "SELECT versie FROM scenarios WHERE id = @Id;";

    private const string ReplaceSql = """
        UPDATE scenarios
        SET naam = @Name, omschrijving = @Description, invoer_json = @InputJson, invoer_hash = @InputHash, parameter_versie = @ParameterVersion,
            basis_scenario_id = @BaseScenarioId, gewijzigd_op = @ModifiedAt, versie = versie + 1
        WHERE id = @Id AND versie = @ReadVersion
        RETURNING versie;
        """;

    private const string DeleteSql = "DELETE FROM scenarios WHERE id = @Id AND versie = @ReadVersion;";

    /// <inheritdoc />
    public bool AddScenario(ScenarioRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var turn = database.EnterWrite();
        using var connection = database.Open();
        return connection.Execute(InsertSql, Row.Of(record)) == 1;
    }

    /// <inheritdoc />
    public Task<ConditionalWriteOutcome> CreateScenarioAsync(ScenarioRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = Row.Of(record);
        return database.WriteAsync(
            write =>
            {
                if (NameTaken(write, row))
                {
                    return ConditionalWriteOutcome.NameTaken;
                }

                write.Connection.Execute(InsertSql, row, write.Transaction);
                write.Audit(audit);
                return ConditionalWriteOutcome.Written;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ScenarioRecord?> FindScenarioAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<ScenarioRecord> Records, long Total)> ListScenariosAsync(ScenarioFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = new { filter.Name, filter.Owner, IsReady = filter.IsReady is { } ready ? ready ? 1L : 0L : (long?)null, Offset = offset, Limit = limit };
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(ListSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (rows.Select(r => r.ToRecord()).ToArray(), total);
    }

    /// <inheritdoc />
    public Task<ConditionalWriteResult> ReplaceScenarioAsync(ScenarioRecord replacement, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var row = Row.Of(replacement);
        return database.WriteAsync(
            write =>
            {
                var current = Current(write, row.Id, expectedVersion);
                if (current.Outcome != ConditionalWriteOutcome.Written)
                {
                    return current;
                }

                if (NameTaken(write, row))
                {
                    return new ConditionalWriteResult(ConditionalWriteOutcome.NameTaken, 0);
                }

                var version = write.Connection.ExecuteScalar<long>(ReplaceSql, new { row.Id, row.Name, row.Description, row.InputJson, row.InputHash, row.ParameterVersion, row.BaseScenarioId, row.ModifiedAt, ReadVersion = current.Version }, write.Transaction);
                write.Audit(audit);
                return new ConditionalWriteResult(ConditionalWriteOutcome.Written, version);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ConditionalWriteOutcome> DeleteScenarioAsync(string id, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken) =>
        database.WriteAsync(
            write =>
            {
                var current = Current(write, id, expectedVersion);
                if (current.Outcome != ConditionalWriteOutcome.Written)
                {
                    return current.Outcome;
                }

                write.Connection.Execute(DeleteSql, new { Id = id, ReadVersion = current.Version }, write.Transaction);
                write.Audit(audit);
                return ConditionalWriteOutcome.Written;
            },
            cancellationToken);

    /// <summary>
    /// Whether the scenario is there at the expected version, read in the write's transaction (one writer at a time, so
    /// nothing changes it before the write): <c>Written</c> with its version means go ahead.
    /// </summary>
    private static ConditionalWriteResult Current(WriteContext write, string id, long? expectedVersion)
    {
        var version = write.Connection.ExecuteScalar<long?>(VersionSql, new { Id = id }, write.Transaction);
        return version switch
        {
            null => new ConditionalWriteResult(ConditionalWriteOutcome.NotFound, 0),
            { } current when expectedVersion is { } expected && expected != current => new ConditionalWriteResult(ConditionalWriteOutcome.VersionMismatch, 0),
            { } current => new ConditionalWriteResult(ConditionalWriteOutcome.Written, current),
        };
    }

    private static bool NameTaken(WriteContext write, Row row) =>
        row.Owner is not null && write.Connection.ExecuteScalar<long>(NameTakenSql, new { row.Owner, row.Name, row.Id }, write.Transaction) > 0;

    private sealed record Row(string Id, string Name, string Description, string InputJson, string InputHash, string ParameterVersion, long IsReady, string CreatedAt, string? Owner, long Version, string? ModifiedAt, string? BaseScenarioId)
    {
        public static Row Of(ScenarioRecord r) =>
            new(r.Id, r.Name, r.Description, r.InputJson, r.InputHash, r.ParameterVersion, r.IsReady ? 1 : 0, StoredInstant.Format(r.CreatedAt), r.Owner, r.Version, StoredInstant.Format(r.ModifiedAt), r.BaseScenarioId);

        public ScenarioRecord ToRecord()
        {
            var created = StoredInstant.Parse(CreatedAt);
            return new(Id, Name, Description, InputJson, InputHash, ParameterVersion, IsReady != 0, created)
            {
                Owner = Owner,
                Version = Version,
                ModifiedAt = ModifiedAt is null ? created : StoredInstant.Parse(ModifiedAt),
                BaseScenarioId = BaseScenarioId,
            };
        }
    }
}
