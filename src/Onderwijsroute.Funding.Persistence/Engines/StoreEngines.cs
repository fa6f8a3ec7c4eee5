using Dapper;

namespace Onderwijsroute.Funding.Persistence.Engines;

/// <summary>The engine behind an <see cref="IDatabase"/>, with the value handlers both engines need in place.</summary>
internal static class StoreEngines
{
    // Registered once, before any repository runs a statement (every repository asks for its engine when it is made).
    static StoreEngines()
    {
        SqlMapper.AddTypeHandler(new InstantHandler());
        SqlMapper.AddTypeHandler(new Utf8JsonHandler());
    }

    /// <summary>The engine of a database handle.</summary>
    /// <param name="database">A <see cref="SqliteDatabase"/> or a <see cref="PostgreSql.PostgresDatabase"/>.</param>
    /// <exception cref="ArgumentException">Another implementation of <see cref="IDatabase"/>.</exception>
    public static IStoreEngine Of(IDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database as IStoreEngine ?? throw new ArgumentException($"No repositories for the database engine '{database.Engine}'.", nameof(database));
    }
}
