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

        // One repository per aggregate over either engine: each takes the IDatabase and asks it for its engine.
        services.AddSingleton<ICalculationRepository, CalculationRepository>();
        services.AddSingleton<IForecastRepository, ForecastRepository>();
        services.AddSingleton<IParameterVersionRepository, ParameterVersionRepository>();
        services.AddSingleton<IApiKeyRepository, ApiKeyRepository>();
        services.AddSingleton<IScenarioRepository, ScenarioRepository>();
        services.AddSingleton<IScenarioRunRepository, ScenarioRunRepository>();
        services.AddSingleton<IUncertaintyAnalysisRepository, UncertaintyAnalysisRepository>();
        services.AddSingleton<IComparisonRepository, ComparisonRepository>();
        services.AddSingleton<DatabaseStartup>();
        services.AddSingleton<Readiness>();
        services.AddHostedService<WalCheckpointer>();
        return services;
    }
}
