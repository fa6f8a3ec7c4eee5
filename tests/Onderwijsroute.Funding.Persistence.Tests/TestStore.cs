using Dapper;
using Onderwijsroute.Funding.Persistence.PostgreSql;
using Onderwijsroute.Funding.TestServers;

namespace Onderwijsroute.Funding.Persistence.Tests;

/// <summary>
/// A migrated, empty store on one engine (issue 16): a real SQLite file in a temporary folder, or a database of its own
/// on a real PostgreSQL server (<see cref="PostgresServer"/>). The repository tests take the engine as a theory
/// parameter (<see cref="Engines"/>), so one set of tests states the behaviour of both.
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly TemporaryDatabaseFile? _file;
    private readonly string? _postgres;

    private TestStore(string engine)
    {
        Engine = engine;
        if (engine == "sqlite")
        {
            _file = new TemporaryDatabaseFile();
            Database = _file.Open();
        }
        else
        {
            _postgres = PostgresServer.CreateDatabase();
            Database = new PostgresDatabase(_postgres);
        }

        // The same repositories on either engine.
        Calculations = new CalculationRepository(Database);
        Forecasts = new ForecastRepository(Database);
        Scenarios = new ScenarioRepository(Database);
        Runs = new ScenarioRunRepository(Database);
        Analyses = new UncertaintyAnalysisRepository(Database);
        Comparisons = new ComparisonRepository(Database);
        Keys = new ApiKeyRepository(Database);
        ParameterVersions = new ParameterVersionRepository(Database);
        Database.Migrate();
    }

    /// <summary>The engines every repository test runs against.</summary>
    public static IEnumerable<object[]> Engines => PostgresServer.Engines;

    public string Engine { get; }

    public IDatabase Database { get; }

    public ICalculationRepository Calculations { get; }

    public IForecastRepository Forecasts { get; }

    public IScenarioRepository Scenarios { get; }

    public IScenarioRunRepository Runs { get; }

    public IUncertaintyAnalysisRepository Analyses { get; }

    public IComparisonRepository Comparisons { get; }

    public IApiKeyRepository Keys { get; }

    public IParameterVersionRepository ParameterVersions { get; }

    /// <summary>A migrated, empty store on the engine.</summary>
    /// <param name="engine"><c>sqlite</c> or <c>postgresql</c>.</param>
    public static TestStore Create(string engine) => new(engine);

    /// <summary>Every row of a table, read straight from the database (column name → value).</summary>
    /// <param name="table">The table.</param>
    public IReadOnlyList<IDictionary<string, object?>> Rows(string table)
    {
        var sql = $"SELECT * FROM {table};";
        if (Database is PostgresDatabase postgres)
        {
            using var connection = postgres.Open();
            return connection.Query(sql).Cast<IDictionary<string, object?>>().ToArray();
        }

        using var sqlite = ((SqliteDatabase)Database).Open();
        return sqlite.Query(sql).Cast<IDictionary<string, object?>>().ToArray();
    }

    /// <summary>One number read straight from the database (a count of rows), past the repositories.</summary>
    /// <param name="sql">The query.</param>
    public long Scalar(string sql)
    {
        if (Database is PostgresDatabase postgres)
        {
            using var connection = postgres.Open();
            return connection.ExecuteScalar<long>(sql);
        }

        using var sqlite = ((SqliteDatabase)Database).Open();
        return sqlite.ExecuteScalar<long>(sql);
    }

    public void Dispose()
    {
        if (Database is PostgresDatabase postgres)
        {
            postgres.Dispose();
            PostgresServer.DropDatabase(_postgres!);
        }

        _file?.Dispose();
    }
}
