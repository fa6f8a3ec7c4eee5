namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// <c>?opslaan=false</c> on the POST of a stored calculation: compute and answer (200, no <c>Location</c>, <c>id</c>
/// null) without storing or auditing anything, so that looking (the page, a what-if) never writes (docs/api.md).
/// </summary>
internal static class UnstoredCalculation
{
    /// <summary>The query parameter's name.</summary>
    public const string QueryName = "opslaan";

    /// <summary>
    /// Whether a request to a stored calculation asks not to store: <c>opslaan</c> reads as false, exactly as the
    /// endpoint's <c>bool?</c> binds it (a value that is no boolean is a 400 there, so nothing is written either way).
    /// </summary>
    /// <param name="http">The request.</param>
    public static bool IsAsked(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<StoredCalculationKind>() is not null
        && bool.TryParse(http.Request.Query[QueryName].ToString(), out var store)
        && !store;
}
