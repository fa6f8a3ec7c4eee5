namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// The one definition of "this is an API request", asked by every middleware that treats the API differently from the
/// web page (the invalid-key 401, the rate-limit partition, the audit log, the response headers, compression, the
/// trailing-slash rule). It compares without regard to case, exactly as the router matches routes: <c>/V1/sleutels</c>
/// reaches the same endpoint as <c>/v1/sleutels</c>, so it must meet the same controls (docs/api.md).
/// </summary>
internal static class ApiRequests
{
    /// <summary>Whether the request is for the API: its path starts with the segment <c>/v1</c> in any case.</summary>
    /// <param name="request">The request.</param>
    public static bool IsApi(this HttpRequest request) => request.Path.StartsWithSegments(ApiInfo.Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the request may change what is stored: a POST, PUT, PATCH or DELETE to the API, except to an endpoint
    /// marked <see cref="Security.AuditMiddleware.NotAWrite"/> (a stateless calculation). Such a request is audited, and
    /// refused while the store cannot take writes.
    /// </summary>
    /// <param name="http">The request.</param>
    public static bool IsWrite(this HttpContext http)
    {
        var method = http.Request.Method;
        return (HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method) || HttpMethods.IsPatch(method))
            && http.Request.IsApi()
            && http.GetEndpoint()?.Metadata.GetMetadata<Security.AuditMiddleware.NotAWrite>() is null
            && !V1.Common.UnstoredCalculation.IsAsked(http);
    }

    /// <summary>Whether the request is for the OpenAPI document (<see cref="ApiInfo.OpenApiPath"/>, any case).</summary>
    /// <param name="request">The request.</param>
    public static bool IsOpenApiDocument(this HttpRequest request) => request.Path.Equals(ApiInfo.OpenApiPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the request is for the interactive documentation (<see cref="ApiInfo.DocsPath"/>, any case).</summary>
    /// <param name="request">The request.</param>
    public static bool IsDocs(this HttpRequest request) => request.Path.StartsWithSegments(ApiInfo.DocsPath, StringComparison.OrdinalIgnoreCase);
}
