using Microsoft.Data.Sqlite;
using Onderwijsroute.Funding.Persistence.PostgreSql;

namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>
/// Which database engine and where (docs/operations.md). <c>Database:Engine</c> (env <c>Database__Engine</c>) is
/// <c>sqlite</c> (the default: an embedded file, nothing to set up) or <c>postgresql</c> (a server several instances
/// share). For SQLite, <c>ConnectionStrings:Onderwijsroute</c> (env <c>ConnectionStrings__Onderwijsroute</c>) wins when
/// set, otherwise <c>Database:Path</c> (default <c>data/onderwijsroute.db</c>), relative to the content root (the API
/// project folder under <c>dotnet run --project</c>). For PostgreSQL, <c>ConnectionStrings:Onderwijsroute</c> is the
/// Npgsql connection string and is required.
/// </summary>
internal static class DatabaseConfiguration
{
    /// <summary>The name of the connection string.</summary>
    public const string ConnectionStringName = "Onderwijsroute";

    /// <summary>The configuration key of the engine.</summary>
    public const string EngineKey = "Database:Engine";

    /// <summary>The configuration key of the file path.</summary>
    public const string PathKey = "Database:Path";

    /// <summary>The default file path, relative to the content root.</summary>
    public const string DefaultPath = "data/onderwijsroute.db";

    /// <summary>The database the configuration points at.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="contentRoot">The content root, for relative paths.</param>
    /// <exception cref="InvalidOperationException">An unknown engine, or PostgreSQL without a connection string.</exception>
    public static IDatabase Resolve(IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var engine = configuration[EngineKey] is { Length: > 0 } configured ? configured.Trim().ToLowerInvariant() : "sqlite";
        switch (engine)
        {
            case "sqlite":
                var builder = string.IsNullOrWhiteSpace(connectionString)
                    ? new SqliteConnectionStringBuilder { DataSource = configuration[PathKey] is { Length: > 0 } path ? path : DefaultPath }
                    : new SqliteConnectionStringBuilder(connectionString);
                builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
                // The folder is created by the start-up check (DatabaseAccess), which says so clearly when it may not.
                return new SqliteDatabase(builder.ToString());
            case "postgresql":
                return string.IsNullOrWhiteSpace(connectionString)
                    ? throw new InvalidOperationException($"{EngineKey} = postgresql needs ConnectionStrings:{ConnectionStringName} (env ConnectionStrings__{ConnectionStringName}), e.g. Host=db;Database=onderwijsroute;Username=onderwijsroute;Password=….")
                    : new PostgresDatabase(connectionString);
            default:
                throw new InvalidOperationException($"{EngineKey} is '{configuration[EngineKey]}'; it must be sqlite or postgresql.");
        }
    }
}
