using Onderwijsroute.Funding.Persistence.PostgreSql;

namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>
/// The database command of the service (docs/operations.md): <c>database kopieer --van &lt;sqlite-bestand&gt;</c> copies
/// every table of an existing SQLite database into the configured PostgreSQL database (<c>Database:Engine=postgresql</c>),
/// which is migrated first and must hold no data yet. The SQLite file is migrated to the same scripts before it is read.
/// </summary>
internal static class DatabaseCommand
{
    /// <summary>The first argument that selects the command.</summary>
    public const string Verb = "database";

    /// <summary>Whether the arguments ask for the command.</summary>
    /// <param name="args">The process arguments.</param>
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Verb;

    /// <summary>Runs the command; returns the exit code.</summary>
    /// <param name="services">The service's services (target database migrated).</param>
    /// <param name="args">The process arguments, starting with <see cref="Verb"/>.</param>
    public static int Run(IServiceProvider services, string[] args)
    {
        var from = args.Length > 3 && args[1] == "kopieer" && args[2] == "--van" ? args[3] : null;
        if (from is null)
        {
            Console.Error.WriteLine("gebruik: database kopieer --van <sqlite-bestand>   (met Database:Engine=postgresql en ConnectionStrings:Onderwijsroute)");
            return 2;
        }

        if (services.GetRequiredService<IDatabase>() is not PostgresDatabase target)
        {
            Console.Error.WriteLine("database kopieer schrijft naar PostgreSQL: zet Database:Engine=postgresql en ConnectionStrings:Onderwijsroute.");
            return 2;
        }

        if (!File.Exists(from))
        {
            Console.Error.WriteLine($"Het SQLite-bestand {from} bestaat niet.");
            return 1;
        }

        var source = new SqliteDatabase(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(from) }.ToString());
        source.Migrate();
        try
        {
            foreach (var (table, rows) in SqliteToPostgresCopy.Copy(source, target))
            {
                Console.Out.WriteLine($"{table}\t{rows}");
            }

            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
