using NodaTime;
using Onderwijsroute.Funding.Api.V1.Forecasts;
using Onderwijsroute.Funding.Api.V1.Health;
using Onderwijsroute.Funding.Api.V1.Keys;
using Onderwijsroute.Funding.Api.V1.Scenarios;

namespace Onderwijsroute.Funding.Api.V1;

/// <summary>The v1 features: what they need from the container, and their endpoints, one feature folder each.</summary>
internal static class V1Setup
{
    /// <summary>The clock, the parameters and reference data every calculation runs with, and the features' services.</summary>
    public static IServiceCollection AddV1Features(this IServiceCollection services)
    {
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton(_ => ParameterCatalogue.Embedded);
        services.AddSingleton(_ => ReferenceDataSet.Embedded);
        services.AddSingleton<StoredCalculations>();
        services.AddSingleton<ForecastWriteServices>();
        services.AddSingleton<ScenarioStore>();
        services.AddSingleton<UncertaintyAnalysisRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<UncertaintyAnalysisRunner>());
        return services;
    }

    public static IEndpointRouteBuilder MapV1(this IEndpointRouteBuilder app)
    {
        app.MapReferenceData();
        app.MapCappedCalculations();
        app.MapForecastCalculations();
        app.MapStoredForecasts();
        app.MapScenarios();
        app.MapScenarioRuns();
        app.MapComparisons();
        app.MapUncertaintyAnalyses();
        app.MapHealth();
        app.MapKeys();
        return app;
    }
}
