namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// The database engine behind the repositories, as the service's start-up, readiness and storage monitor see it:
/// <see cref="SqliteDatabase"/> (an embedded file, the default) or <see cref="PostgreSql.PostgresDatabase"/> (a shared
/// server several service instances use at once). Chosen by <c>Database:Engine</c> (docs/operations.md).
/// </summary>
public interface IDatabase
{
    /// <summary>The engine's name as configured: <c>sqlite</c> or <c>postgresql</c>.</summary>
    string Engine { get; }

    /// <summary>Where the data lives, for log lines: the file path, or host, port and database (never a password).</summary>
    string Location { get; }

    /// <summary>Applies every pending numbered migration of this engine; returns the names of the scripts applied now.</summary>
    /// <exception cref="InvalidOperationException">A script failed; the database keeps the scripts applied before it.</exception>
    IReadOnlyList<string> Migrate();

    /// <summary>Whether every migration of this engine has been applied.</summary>
    bool IsUpToDate();

    /// <summary>Writes and commits one small row (the table <c>opslagproef</c>): whether the store takes writes again.</summary>
    /// <param name="at">The moment written (ISO 8601).</param>
    void ProbeWrite(string at);
}
