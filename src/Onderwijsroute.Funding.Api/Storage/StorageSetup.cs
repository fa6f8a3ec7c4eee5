using Onderwijsroute.Funding.Persistence.PostgreSql;

namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>
/// The store (docs/operations.md): which engine and where, its repositories behind one interface per aggregate (so no
/// endpoint knows the engine), start-up and, for SQLite, checkpoints.
/// </summary>
internal static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseConfiguration.Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(sp => Pick<ICalculationRepository>(sp, d => new CalculationRepository(d), d => new PostgresCalculationRepository(d)));
        services.AddSingleton(sp => Pick<IForecastRepository>(sp, d => new ForecastRepository(d), d => new PostgresForecastRepository(d)));
        services.AddSingleton(sp => Pick<IParameterVersionRepository>(sp, d => new ParameterVersionRepository(d), d => new PostgresParameterVersionRepository(d)));
        services.AddSingleton(sp => Pick<IApiKeyRepository>(sp, d => new ApiKeyRepository(d), d => new PostgresApiKeyRepository(d)));
        services.AddSingleton(sp => Pick<IScenarioRepository>(sp, d => new ScenarioRepository(d), d => new PostgresScenarioRepository(d)));
        services.AddSingleton(sp => Pick<IScenarioRunRepository>(sp, d => new ScenarioRunRepository(d), d => new PostgresScenarioRunRepository(d)));
        services.AddSingleton(sp => Pick<IUncertaintyAnalysisRepository>(sp, d => new UncertaintyAnalysisRepository(d), d => new PostgresUncertaintyAnalysisRepository(d)));
        services.AddSingleton(sp => Pick<IComparisonRepository>(sp, d => new ComparisonRepository(d), d => new PostgresComparisonRepository(d)));
        services.AddSingleton<DatabaseStartup>();
        services.AddSingleton<Readiness>();
        services.AddHostedService<WalCheckpointer>();
        return services;
    }

    private static T Pick<T>(IServiceProvider services, Func<SqliteDatabase, T> sqlite, Func<PostgresDatabase, T> postgres) =>
        services.GetRequiredService<IDatabase>() switch
        {
            SqliteDatabase file => sqlite(file),
            PostgresDatabase server => postgres(server),
            var other => throw new InvalidOperationException($"No repositories for the engine {other.Engine}."),
        };
}
