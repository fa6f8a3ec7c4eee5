namespace Onderwijsroute.Funding.Api.Http;

/// <summary>Endpoint metadata: the <c>Cache-Control</c> of a successful response. Without it a response is <c>no-store</c>.</summary>
/// <param name="Value">The header value.</param>
internal sealed record CachePolicy(string Value)
{
    /// <summary>Reference data: the same for everyone and changes only with a release.</summary>
    public static readonly CachePolicy ReferenceData = new("public, max-age=3600");

    /// <summary>Nothing may be stored: calculations, errors, health.</summary>
    public const string NoStore = "no-store";
}

/// <summary>Attaches a <see cref="CachePolicy"/> to endpoints.</summary>
internal static class CachePolicyExtensions
{
    /// <summary>Marks the endpoints as cacheable reference data.</summary>
    /// <typeparam name="TBuilder">The endpoint builder.</typeparam>
    /// <param name="builder">The endpoints.</param>
    public static TBuilder CacheAsReferenceData<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CachePolicy.ReferenceData);
}
