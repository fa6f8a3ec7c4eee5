using Microsoft.Data.Sqlite;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Where the SQLite file lives. <c>ConnectionStrings:Onderwijsroute</c> (env <c>ConnectionStrings__Onderwijsroute</c>)
/// wins when set; otherwise <c>Database:Path</c> (env <c>Database__Path</c>, default <c>data/onderwijsroute.db</c>).
/// A relative path is relative to the content root, i.e. the API project folder under <c>dotnet run --project</c>.
/// </summary>
internal static class DatabaseConfiguration
{
    /// <summary>The name of the connection string.</summary>
    public const string ConnectionStringName = "Onderwijsroute";

    /// <summary>The configuration key of the file path.</summary>
    public const string PathKey = "Database:Path";

    /// <summary>The default file path, relative to the content root.</summary>
    public const string DefaultPath = "data/onderwijsroute.db";

    /// <summary>The database the configuration points at.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="contentRoot">The content root, for relative paths.</param>
    public static SqliteDatabase Resolve(IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var builder = string.IsNullOrWhiteSpace(connectionString)
            ? new SqliteConnectionStringBuilder { DataSource = configuration[PathKey] is { Length: > 0 } path ? path : DefaultPath }
            : new SqliteConnectionStringBuilder(connectionString);
        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        // The folder is created by the start-up check (DatabaseAccess), which says so clearly when it may not.
        return new SqliteDatabase(builder.ToString());
    }
}
