namespace Onderwijsroute.Funding.Api.Http;

/// <summary>The SQLite store (docs/operations.md): where it lives, its repositories, start-up and checkpoints.</summary>
internal static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseConfiguration.Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<CalculationRepository>();
        services.AddSingleton<ForecastRepository>();
        services.AddSingleton<ParameterVersionRepository>();
        services.AddSingleton<ApiKeyRepository>();
        services.AddSingleton<ScenarioRepository>();
        services.AddSingleton<ScenarioRunRepository>();
        services.AddSingleton<UncertaintyAnalysisRepository>();
        services.AddSingleton<ComparisonRepository>();
        services.AddSingleton<DatabaseStartup>();
        services.AddSingleton<Readiness>();
        services.AddHostedService<WalCheckpointer>();
        return services;
    }
}
