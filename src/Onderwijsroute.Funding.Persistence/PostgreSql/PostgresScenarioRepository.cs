using Dapper;
using Npgsql;
using static Onderwijsroute.Funding.Persistence.PostgreSql.PostgresValues;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>Scenarios on PostgreSQL (twin of <see cref="ScenarioRepository"/>).</summary>
/// <param name="database">The database.</param>
public sealed class PostgresScenarioRepository(PostgresDatabase database) : IScenarioRepository
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

    private const string Criteria = """
        (CAST(@Name AS text) IS NULL OR naam = @Name) AND (CAST(@Owner AS text) IS NULL OR eigenaar = @Owner)
        AND (CAST(@IsReady AS boolean) IS NULL OR kant_en_klaar = @IsReady)
        """;

    private const string ListSql = $"SELECT {Columns} FROM scenarios WHERE {Criteria} ORDER BY kant_en_klaar DESC, aangemaakt_op, id LIMIT @Limit OFFSET @Offset;";

    private const string CountSql = $"SELECT count(*) FROM scenarios WHERE {Criteria};";

    private const string NameTakenSql = "SELECT count(*) FROM scenarios WHERE eigenaar = @Owner AND naam = @Name AND id <> @Id;";

    // The row is locked for the rest of the transaction, so nothing changes it between the check and the write.
    private const string VersionSql = "SELECT versie FROM scenarios WHERE id = @Id FOR UPDATE;";

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
        using var connection = database.Open();
        return connection.Execute(InsertSql, Row.Of(record)) == 1;
    }

    /// <inheritdoc />
    public Task<ConditionalWriteOutcome> CreateScenarioAsync(ScenarioRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = Row.Of(record);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                if (await NameTakenAsync(connection, transaction, row, ct).ConfigureAwait(false))
                {
                    return ConditionalWriteOutcome.NameTaken;
                }

                try
                {
                    await connection.ExecuteAsync(new CommandDefinition(InsertSql, row, transaction, cancellationToken: ct)).ConfigureAwait(false);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
                {
                    // Another instance stored the same name for the same owner at the same moment.
                    return ConditionalWriteOutcome.NameTaken;
                }

                await AuditAsync(connection, transaction, audit, ct).ConfigureAwait(false);
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
        var parameters = new { filter.Name, filter.Owner, filter.IsReady, Offset = offset, Limit = limit };
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
            async (connection, transaction, ct) =>
            {
                var current = await CurrentAsync(connection, transaction, row.Id, expectedVersion, ct).ConfigureAwait(false);
                if (current.Outcome != ConditionalWriteOutcome.Written)
                {
                    return current;
                }

                if (await NameTakenAsync(connection, transaction, row, ct).ConfigureAwait(false))
                {
                    return new ConditionalWriteResult(ConditionalWriteOutcome.NameTaken, 0);
                }

                var parameters = new { row.Id, row.Name, row.Description, row.InputJson, row.InputHash, row.ParameterVersion, row.BaseScenarioId, row.ModifiedAt, ReadVersion = current.Version };
                var version = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ReplaceSql, parameters, transaction, cancellationToken: ct)).ConfigureAwait(false);
                await AuditAsync(connection, transaction, audit, ct).ConfigureAwait(false);
                return new ConditionalWriteResult(ConditionalWriteOutcome.Written, version);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ConditionalWriteOutcome> DeleteScenarioAsync(string id, long? expectedVersion, AuditRecord? audit, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var current = await CurrentAsync(connection, transaction, id, expectedVersion, ct).ConfigureAwait(false);
                if (current.Outcome != ConditionalWriteOutcome.Written)
                {
                    return current.Outcome;
                }

                await connection.ExecuteAsync(new CommandDefinition(DeleteSql, new { Id = id, ReadVersion = current.Version }, transaction, cancellationToken: ct)).ConfigureAwait(false);
                await AuditAsync(connection, transaction, audit, ct).ConfigureAwait(false);
                return ConditionalWriteOutcome.Written;
            },
            cancellationToken);

    private static async Task<ConditionalWriteResult> CurrentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var version = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(VersionSql, new { Id = id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return version switch
        {
            null => new ConditionalWriteResult(ConditionalWriteOutcome.NotFound, 0),
            { } current when expectedVersion is { } expected && expected != current => new ConditionalWriteResult(ConditionalWriteOutcome.VersionMismatch, 0),
            { } current => new ConditionalWriteResult(ConditionalWriteOutcome.Written, current),
        };
    }

    private static async Task<bool> NameTakenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Row row, CancellationToken cancellationToken) =>
        row.Owner is not null && await connection.ExecuteScalarAsync<long>(new CommandDefinition(NameTakenSql, new { row.Owner, row.Name, row.Id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;

    private sealed record Row(string Id, string Name, string Description, string InputJson, string InputHash, string ParameterVersion, bool IsReady, DateTime CreatedAt, string? Owner, long Version, DateTime? ModifiedAt, string? BaseScenarioId)
    {
        public static Row Of(ScenarioRecord r) =>
            new(r.Id, r.Name, r.Description, r.InputJson, r.InputHash, r.ParameterVersion, r.IsReady, Time(r.CreatedAt), r.Owner, r.Version, Time(r.ModifiedAt), r.BaseScenarioId);

        public ScenarioRecord ToRecord()
        {
            var created = Instant(CreatedAt);
            return new(Id, Name, Description, InputJson, InputHash, ParameterVersion, IsReady, created)
            {
                Owner = Owner,
                Version = Version,
                ModifiedAt = ModifiedAt is { } modified ? Instant(modified) : created,
                BaseScenarioId = BaseScenarioId,
            };
        }
    }
}
