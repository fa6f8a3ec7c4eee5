using Dapper;
using static Onderwijsroute.Funding.Persistence.PostgreSql.PostgresValues;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>The stored calculations on PostgreSQL (twin of <see cref="CalculationRepository"/>).</summary>
/// <param name="database">The database.</param>
public sealed class PostgresCalculationRepository(PostgresDatabase database) : ICalculationRepository
{
    private const string InsertSql = """
        INSERT INTO berekeningen (id, soort, verzoek_json, parameter_versie, resultaat_json, aangemaakt_op)
        VALUES (@Id, @Kind, @RequestJson, @ParameterVersion, CAST(@ResultJson AS json), @CreatedAt);
        """;

    private const string FindSql = """
        SELECT id AS Id, soort AS Kind, verzoek_json AS RequestJson, parameter_versie AS ParameterVersion,
               resultaat_json::text AS ResultJson, aangemaakt_op AS CreatedAt
        FROM berekeningen
        WHERE id = @Id AND soort = @Kind;
        """;

    // As on SQLite, regeling and jaar are read in place, so a page of national results is not shipped to the service.
    private const string ListSql = """
        SELECT id AS Id, resultaat_json ->> 'regeling' AS Scheme, (resultaat_json ->> 'jaar')::bigint AS Year,
               parameter_versie AS ParameterVersion, aangemaakt_op AS CreatedAt
        FROM berekeningen
        WHERE soort = @Kind
        ORDER BY aangemaakt_op DESC, id DESC
        LIMIT @Limit OFFSET @Offset;
        """;

    private const string CountSql = "SELECT count(*) FROM berekeningen WHERE soort = @Kind;";

    /// <inheritdoc />
    public Task AddAsync(CalculationRecord record, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = new { record.Id, record.Kind, record.RequestJson, record.ParameterVersion, ResultJson = Text(record.ResultJson), CreatedAt = Time(record.CreatedAt) };
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertSql, row, transaction, cancellationToken: ct)).ConfigureAwait(false);
                await AuditAsync(connection, transaction, audit, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CalculationRecord?> FindAsync(string kind, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql, new { Id = id, Kind = kind }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new CalculationRecord(row.Id, row.Kind, row.RequestJson, row.ParameterVersion, Bytes(row.ResultJson), Instant(row.CreatedAt));
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<CalculationSummary> Records, long Total)> ListAsync(string kind, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Repeatable read: the count and the page see the same snapshot, as the SQLite read transaction does.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, new { Kind = kind }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(ListSql, new { Kind = kind, Limit = limit, Offset = offset }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (rows.Select(r => new CalculationSummary(r.Id, r.Scheme, r.Year is { } year ? (int)year : null, r.ParameterVersion, Instant(r.CreatedAt))).ToArray(), total);
    }

    private sealed class SummaryRow
    {
        public string Id { get; init; } = string.Empty;

        public string? Scheme { get; init; }

        public long? Year { get; init; }

        public string ParameterVersion { get; init; } = string.Empty;

        public DateTime CreatedAt { get; init; }
    }

    private sealed record Row(string Id, string Kind, string RequestJson, string ParameterVersion, string ResultJson, DateTime CreatedAt);
}
