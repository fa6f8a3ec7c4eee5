using Dapper;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores and reads <see cref="CalculationRecord"/>s; records are written once and never changed.</summary>
/// <param name="database">The database.</param>
public sealed class CalculationRepository(SqliteDatabase database) : ICalculationRepository
{
    private const string InsertSql = """
        INSERT INTO berekeningen (id, soort, verzoek_json, parameter_versie, resultaat_json, aangemaakt_op)
        VALUES (@Id, @Kind, @RequestJson, @ParameterVersion, CAST(@ResultJson AS TEXT), @CreatedAt);
        """;

    private const string FindSql = """
        SELECT id AS Id, soort AS Kind, verzoek_json AS RequestJson, parameter_versie AS ParameterVersion,
               CAST(resultaat_json AS BLOB) AS ResultJson, aangemaakt_op AS CreatedAt
        FROM berekeningen
        WHERE id = @Id AND soort = @Kind;
        """;

    // The list shows regeling and jaar of each result: SQLite's JSON functions read them in place, so a page of 100
    // national results is not loaded and parsed in the service (~4 MB).
    private const string ListSql = """
        SELECT id AS Id, json_extract(resultaat_json, '$.regeling') AS Scheme, json_extract(resultaat_json, '$.jaar') AS Year,
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
        var row = new CalculationRow(record.Id, record.Kind, record.RequestJson, record.ParameterVersion, Utf8Bytes.AsArray(record.ResultJson), StoredInstant.Format(record.CreatedAt));
        return database.InsertAsync(InsertSql, row, audit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CalculationRecord?> FindAsync(string kind, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<CalculationRow>(new CommandDefinition(FindSql, new { Id = id, Kind = kind }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<CalculationSummary> Records, long Total)> ListAsync(string kind, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, new { Kind = kind }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(ListSql, new { Kind = kind, Limit = limit, Offset = offset }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (rows.Select(r => new CalculationSummary(r.Id, r.Scheme, r.Year is { } year ? (int)year : null, r.ParameterVersion, StoredInstant.Parse(r.CreatedAt))).ToArray(), total);
    }

    // Settable properties, not a positional record: Dapper matches a constructor by column types, and a result without
    // regeling or jaar gives NULL columns whose type SQLite cannot tell.
    private sealed class SummaryRow
    {
        public string Id { get; init; } = string.Empty;

        public string? Scheme { get; init; }

        public long? Year { get; init; }

        public string ParameterVersion { get; init; } = string.Empty;

        public string CreatedAt { get; init; } = string.Empty;
    }

    // The result is bound and read as UTF-8 bytes and stored as TEXT (CAST), so it is never a .NET string on this path.
    private sealed record CalculationRow(string Id, string Kind, string RequestJson, string ParameterVersion, byte[] ResultJson, string CreatedAt)
    {
        public CalculationRecord ToRecord() =>
            new(Id, Kind, RequestJson, ParameterVersion, ResultJson, StoredInstant.Parse(CreatedAt));
    }
}
