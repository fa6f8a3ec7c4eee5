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
