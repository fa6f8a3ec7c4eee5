using Dapper;
using DbUp;
using DbUp.Engine;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>
/// Brings a PostgreSQL database to the current schema with DbUp: the numbered, forward-only scripts
/// <c>Migrations/PostgreSql/NNNN_verb_object.sql</c>, one twin for every SQLite script, each once and in its own
/// transaction, journalled in <c>schemaversions</c>. Several instances starting at once take turns on a session
/// advisory lock, so exactly one applies the scripts and the others find them applied.
/// </summary>
public static class PostgresMigrator
{
    // Any fixed number shared by every instance; pg_advisory_lock is held by the session until it is released.
    private const long MigrationLock = 0x6F6E64_16;

    private const string Marker = ".Migrations.PostgreSql.";

    /// <summary>Applies every pending script; returns the names of those applied now.</summary>
    /// <param name="database">The database.</param>
    /// <exception cref="InvalidOperationException">A script failed; the database keeps the scripts applied before it.</exception>
    public static IReadOnlyList<string> Migrate(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.Open();
        connection.Execute("SELECT pg_advisory_lock(@Lock);", new { Lock = MigrationLock });
        try
        {
            var result = Upgrader(database).PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Database migration failed at script '{result.ErrorScript?.Name}'.", result.Error);
            }

            return result.Scripts.Select(s => ScriptName(s.Name)).ToArray();
        }
        finally
        {
            connection.Execute("SELECT pg_advisory_unlock(@Lock);", new { Lock = MigrationLock });
        }
    }

    /// <summary>Whether every script has been applied.</summary>
    /// <param name="database">The database.</param>
    public static bool IsUpToDate(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return !Upgrader(database).IsUpgradeRequired();
    }

    /// <summary>The names of the scripts, in the order they run.</summary>
    public static IReadOnlyList<string> ScriptNames() =>
        typeof(PostgresMigrator).Assembly.GetManifestResourceNames().Where(IsScript).Order(StringComparer.Ordinal).Select(ScriptName).ToArray();

    private static UpgradeEngine Upgrader(PostgresDatabase database) =>
        DeployChanges.To
            .PostgresqlDatabase(database.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(PostgresMigrator).Assembly, IsScript)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

    private static bool IsScript(string resourceName) =>
        resourceName.EndsWith(".sql", StringComparison.Ordinal) && resourceName.Contains(Marker, StringComparison.Ordinal);

    private static string ScriptName(string resourceName)
    {
        var at = resourceName.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? resourceName : resourceName[(at + Marker.Length)..];
    }
}
