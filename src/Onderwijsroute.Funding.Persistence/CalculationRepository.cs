using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores and reads <see cref="CalculationRecord"/>s; records are written once and never changed.</summary>
/// <param name="database">The database (SQLite or PostgreSQL).</param>
public sealed class CalculationRepository(IDatabase database) : ICalculationRepository
{
    private const string CountSql = "SELECT count(*) FROM berekeningen WHERE soort = @Kind;";

    // The result is bound and read as UTF-8 bytes (Utf8JsonHandler), so on SQLite it is never a .NET string.
    private static readonly EngineSql InsertSql = new(sql => $"""
        INSERT INTO berekeningen (id, soort, verzoek_json, parameter_versie, resultaat_json, aangemaakt_op)
        VALUES (@Id, @Kind, @RequestJson, @ParameterVersion, {sql.Utf8JsonValue("@ResultJson")}, @CreatedAt);
        """);

    private static readonly EngineSql FindSql = new(sql => $"""
        SELECT id AS Id, soort AS Kind, verzoek_json AS RequestJson, parameter_versie AS ParameterVersion,
               {sql.Utf8Json("resultaat_json")} AS ResultJson, aangemaakt_op AS CreatedAt
        FROM berekeningen
        WHERE id = @Id AND soort = @Kind;
        """);

    // The list shows regeling and jaar of each result, read in place by the engine's JSON functions, so a page of 100
    // national results is not loaded and parsed in the service (~4 MB).
    private static readonly EngineSql ListSql = new(sql => $"""
        SELECT id AS Id, {sql.JsonTextField("resultaat_json", "regeling")} AS Scheme, {sql.JsonIntegerField("resultaat_json", "jaar")} AS Year,
               parameter_versie AS ParameterVersion, aangemaakt_op AS CreatedAt
        FROM berekeningen
        WHERE soort = @Kind
        ORDER BY aangemaakt_op DESC, id DESC
        LIMIT @Limit OFFSET @Offset;
        """);

    private readonly IStoreEngine _store = StoreEngines.Of(database);

    /// <inheritdoc />
    public Task AddAsync(CalculationRecord record, AuditRecord? audit, CancellationToken cancellationToken) =>
        _store.InsertAsync(InsertSql[_store], record, audit, cancellationToken);

    /// <inheritdoc />
    public Task<CalculationRecord?> FindAsync(string kind, string id, CancellationToken cancellationToken) =>
        _store.FindAsync<CalculationRecord>(FindSql[_store], new { Id = id, Kind = kind }, cancellationToken);

    /// <inheritdoc />
    public async Task<(IReadOnlyList<CalculationSummary> Records, long Total)> ListAsync(string kind, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        // The count and the page read one snapshot (SQLite's read transaction, PostgreSQL's repeatable read).
        var (rows, total) = await _store.PageAsync<SummaryRow>(CountSql, ListSql[_store], new { Kind = kind, Limit = limit, Offset = offset }, snapshot: true, cancellationToken).ConfigureAwait(false);
        return (rows.Select(r => new CalculationSummary(r.Id, r.Scheme, r.Year is { } year ? (int)year : null, r.ParameterVersion, r.CreatedAt)).ToArray(), total);
    }

    // Settable properties, not a positional record: Dapper matches a constructor by column types, and a result without
    // regeling or jaar gives NULL columns whose type SQLite cannot tell.
    private sealed class SummaryRow
    {
        public string Id { get; init; } = string.Empty;

        public string? Scheme { get; init; }

        public long? Year { get; init; }

        public string ParameterVersion { get; init; } = string.Empty;

        public NodaTime.Instant CreatedAt { get; init; }
    }
}
