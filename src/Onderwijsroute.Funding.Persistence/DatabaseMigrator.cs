using DbUp.Engine;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Brings a database to the current schema with DbUp: the numbered, forward-only scripts of its engine embedded in this
/// assembly (<c>Migrations/NNNN_verb_object.sql</c> for SQLite, their twins of the same names in
/// <c>Migrations/PostgreSql/</c>), each once, each in its own transaction, journalled in the table <c>SchemaVersions</c>.
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>
    /// Prepares the database (SQLite: creates the file when missing and switches it to WAL mode; PostgreSQL: waits for
    /// the migration lock every instance shares) and applies every pending script.
    /// </summary>
    /// <param name="database">The database.</param>
    /// <returns>The names of the scripts applied now (empty when the database was up to date).</returns>
    /// <exception cref="InvalidOperationException">A script failed; the database keeps the scripts applied before it.</exception>
    public static IReadOnlyList<string> Migrate(IDatabase database)
    {
        var engine = StoreEngines.Of(database);
        using var migration = engine.BeginMigration();
        var result = Upgrader(engine).PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Database migration failed at script '{result.ErrorScript?.Name}'.", result.Error);
        }

        return result.Scripts.Select(s => ScriptName(s.Name, engine.MigrationFolder)).ToArray();
    }

    /// <summary>Whether every script of the database's engine has been applied to it.</summary>
    /// <param name="database">The database.</param>
    public static bool IsUpToDate(IDatabase database) => !Upgrader(StoreEngines.Of(database)).IsUpgradeRequired();

    /// <summary>The names of the SQLite scripts, in the order they run.</summary>
    public static IReadOnlyList<string> ScriptNames() => ScriptNames(".Migrations.");

    /// <summary>The names of the PostgreSQL scripts, in the order they run.</summary>
    public static IReadOnlyList<string> PostgresScriptNames() => ScriptNames(".Migrations.PostgreSql.");

    private static string[] ScriptNames(string folder) =>
        typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(name => IsScript(name, folder))
            .Order(StringComparer.Ordinal)
            .Select(name => ScriptName(name, folder))
            .ToArray();

    private static UpgradeEngine Upgrader(IStoreEngine engine) =>
        engine.MigrationTarget()
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => IsScript(name, engine.MigrationFolder))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

    // A script of the folder itself, not of a folder below it: the SQLite scripts sit in Migrations, their PostgreSQL
    // twins in Migrations/PostgreSql (resource names are dotted paths, so a file name has exactly one dot, its .sql).
    private static bool IsScript(string resourceName, string folder)
    {
        var name = ScriptName(resourceName, folder);
        return name != resourceName && name.EndsWith(".sql", StringComparison.Ordinal) && name.IndexOf('.', StringComparison.Ordinal) == name.Length - ".sql".Length;
    }

    /// <summary>The file name of an embedded script, e.g. <c>0001_create_berekeningen.sql</c>.</summary>
    private static string ScriptName(string resourceName, string folder)
    {
        var at = resourceName.IndexOf(folder, StringComparison.Ordinal);
        return at < 0 ? resourceName : resourceName[(at + folder.Length)..];
    }
}
