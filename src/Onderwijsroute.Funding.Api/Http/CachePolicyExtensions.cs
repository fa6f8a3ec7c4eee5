namespace Onderwijsroute.Funding.Api.Http;

/// <summary>Attaches a <see cref="CachePolicy"/> to endpoints.</summary>
internal static class CachePolicyExtensions
{
    /// <summary>Marks the endpoints as cacheable reference data.</summary>
    /// <typeparam name="TBuilder">The endpoint builder.</typeparam>
    /// <param name="builder">The endpoints.</param>
    public static TBuilder CacheAsReferenceData<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CachePolicy.ReferenceData);
}
