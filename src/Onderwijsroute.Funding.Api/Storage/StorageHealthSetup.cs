namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>Registers the store's health (<see cref="StorageHealth"/>) and its monitor (<see cref="StorageMonitor"/>).</summary>
internal static class StorageHealthSetup
{
    public static IServiceCollection AddStorageHealth(this IServiceCollection services)
    {
        services.AddSingleton<StorageHealth>();
        services.AddHostedService<StorageMonitor>();
        return services;
    }
}
