using Dapper;
using DbUp;
using DbUp.Engine;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Brings the database file to the current schema with DbUp: the numbered, forward-only scripts
/// <c>Migrations/NNNN_verb_object.sql</c> embedded in this assembly, each once, each in its own transaction,
/// journalled in the table <c>SchemaVersions</c>.
/// </summary>
public static class DatabaseMigrator
{
    private const string WalModeSql = "PRAGMA journal_mode = WAL;";

    /// <summary>Creates the file when missing, switches it to WAL mode and applies every pending script.</summary>
    /// <param name="database">The database.</param>
    /// <returns>The names of the scripts applied now (empty when the file was up to date).</returns>
    /// <exception cref="InvalidOperationException">A script failed; the database keeps the scripts applied before it.</exception>
    public static IReadOnlyList<string> Migrate(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.EnsureFolder();
        using (var connection = database.Open())
        {
            // WAL is a property of the file: set once, it holds for every later connection.
            connection.ExecuteScalar<string>(WalModeSql);
        }

        var result = Upgrader(database).PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Database migration failed at script '{result.ErrorScript?.Name}'.", result.Error);
        }

        return result.Scripts.Select(s => ScriptName(s.Name)).ToArray();
    }

    /// <summary>Whether every embedded script has been applied to the database.</summary>
    /// <param name="database">The database.</param>
    public static bool IsUpToDate(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return !Upgrader(database).IsUpgradeRequired();
    }

    /// <summary>The names of the embedded scripts, in the order they run.</summary>
    public static IReadOnlyList<string> ScriptNames() =>
        typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(IsScript)
            .Order(StringComparer.Ordinal)
            .Select(ScriptName)
            .ToArray();

    private static UpgradeEngine Upgrader(SqliteDatabase database) =>
        DeployChanges.To
            .SqliteDatabase(database.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, IsScript)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

    // The SQLite scripts only: the PostgreSQL twins sit in Migrations/PostgreSql (see PostgresMigrator).
    private static bool IsScript(string resourceName) =>
        resourceName.EndsWith(".sql", StringComparison.Ordinal) && !resourceName.Contains(".Migrations.PostgreSql.", StringComparison.Ordinal);

    /// <summary>The file name of an embedded script, e.g. <c>0001_create_berekeningen.sql</c>.</summary>
    private static string ScriptName(string resourceName)
    {
        const string marker = ".Migrations.";
        var at = resourceName.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? resourceName : resourceName[(at + marker.Length)..];
    }
}
