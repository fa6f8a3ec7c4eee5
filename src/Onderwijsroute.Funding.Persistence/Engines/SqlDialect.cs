using System.Data;
using System.Data.Common;
using Npgsql;

namespace Onderwijsroute.Funding.Persistence.Engines;

/// <summary>
/// What differs in the SQL of the two engines, as data: each repository writes its statements once and asks the dialect
/// for the few fragments that differ. The SQLite fragments are what the SQLite statements always said; the PostgreSQL
/// ones are what the former PostgreSQL repositories said (typed NULL tests, <c>json</c> columns, row locks), so no
/// statement changes meaning.
/// </summary>
internal sealed class SqlDialect
{
    /// <summary>The embedded SQLite file: one writer at a time, JSON kept as TEXT.</summary>
    public static readonly SqlDialect Sqlite = new(isPostgres: false);

    /// <summary>A PostgreSQL server that several service instances share.</summary>
    public static readonly SqlDialect Postgres = new(isPostgres: true);

    private SqlDialect(bool isPostgres) => IsPostgres = isPostgres;

    /// <summary>
    /// Whether several service instances write at once (PostgreSQL): then a read-then-write locks what it read, and an
    /// admission takes a lock every instance shares. On SQLite one writer holds the file, so neither is needed.
    /// </summary>
    public bool IsPostgres { get; }

    /// <summary>The isolation of a read that must see one snapshot in several statements (a count and its page).</summary>
    /// <remarks>SQLite's unspecified level is its deferred transaction (a snapshot once the first read ran).</remarks>
    public IsolationLevel SnapshotReads => IsPostgres ? IsolationLevel.RepeatableRead : IsolationLevel.Unspecified;

    /// <summary>
    /// "The parameter is NULL": PostgreSQL must know the type of a parameter that may be NULL, SQLite needs no cast.
    /// </summary>
    /// <param name="parameter">The parameter, with its <c>@</c>.</param>
    /// <param name="postgresType">Its type on PostgreSQL (<c>text</c>, <c>bigint</c>, <c>timestamptz</c>, <c>boolean</c>).</param>
    public string IsNull(string parameter, string postgresType) =>
        IsPostgres ? $"CAST({parameter} AS {postgresType}) IS NULL" : $"{parameter} IS NULL";

    /// <summary>A JSON document bound as text, into a JSON column (<c>json</c> on PostgreSQL, TEXT on SQLite).</summary>
    /// <param name="parameter">The parameter, with its <c>@</c>.</param>
    public string JsonValue(string parameter) => IsPostgres ? $"CAST({parameter} AS json)" : parameter;

    /// <summary>
    /// A JSON document bound as UTF-8 bytes (<see cref="Utf8JsonHandler"/>), into a JSON column: SQLite binds a blob and
    /// stores it as TEXT, PostgreSQL gets the text.
    /// </summary>
    /// <param name="parameter">The parameter, with its <c>@</c>.</param>
    public string Utf8JsonValue(string parameter) => IsPostgres ? $"CAST({parameter} AS json)" : $"CAST({parameter} AS TEXT)";

    /// <summary>A JSON column read as text.</summary>
    /// <param name="column">The column.</param>
    public string JsonText(string column) => IsPostgres ? $"{column}::text" : column;

    /// <summary>A JSON column read for <see cref="Utf8JsonHandler"/>: as bytes from SQLite (never a .NET string), as text from PostgreSQL.</summary>
    /// <param name="column">The column.</param>
    public string Utf8Json(string column) => IsPostgres ? $"{column}::text" : $"CAST({column} AS BLOB)";

    /// <summary>A text field at the top of a JSON column, read in place.</summary>
    /// <param name="column">The column.</param>
    /// <param name="field">The field.</param>
    public string JsonTextField(string column, string field) => IsPostgres ? $"{column} ->> '{field}'" : $"json_extract({column}, '$.{field}')";

    /// <summary>A whole-number field at the top of a JSON column, read in place.</summary>
    /// <param name="column">The column.</param>
    /// <param name="field">The field.</param>
    public string JsonIntegerField(string column, string field) => IsPostgres ? $"({column} ->> '{field}')::bigint" : $"json_extract({column}, '$.{field}')";

    /// <summary>The column is one of a list parameter (Dapper expands <c>IN @List</c>; PostgreSQL takes the array).</summary>
    /// <param name="column">The column.</param>
    /// <param name="parameter">The list parameter, with its <c>@</c>.</param>
    public string In(string column, string parameter) => IsPostgres ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    /// <summary>How many rows meet a condition that compares a column with a parameter that may be NULL (NULL equals NULL).</summary>
    /// <param name="column">The column.</param>
    /// <param name="parameter">The text parameter, with its <c>@</c>.</param>
    public string CountSame(string column, string parameter) =>
        IsPostgres ? $"count(*) FILTER (WHERE {column} IS NOT DISTINCT FROM CAST({parameter} AS text))" : $"coalesce(sum({column} IS {parameter}), 0)";

    /// <summary>Locks the rows a read-then-write read, until its transaction ends (on SQLite the write turn does that).</summary>
    public string ForUpdate => IsPostgres ? " FOR UPDATE" : string.Empty;

    /// <summary>Locks the row a queue pick takes and passes over rows other instances are taking (PostgreSQL's queue pattern).</summary>
    public string ForUpdateSkipLocked => IsPostgres ? " FOR UPDATE SKIP LOCKED" : string.Empty;

    /// <summary>
    /// Whether a write failed on a unique index another instance filled at the same moment (only PostgreSQL: on SQLite
    /// the check and the insert run under one write turn, so a violation there is a bug and stays an error).
    /// </summary>
    /// <param name="exception">The failure.</param>
    public bool IsUniqueViolation(DbException exception) =>
        IsPostgres && exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
