namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Sets the headers every response carries (ADR /core/version-header, /core/transport/security-headers,
/// /core/publish-openapi): <c>API-Version</c>, the security headers, <c>Cache-Control</c> per resource, and CORS
/// <c>*</c> on the OpenAPI document.
/// </summary>
internal sealed class ResponseHeadersMiddleware(RequestDelegate next)
{
    /// <summary>Nothing may load or frame an API response.</summary>
    private const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Swagger UI needs its own scripts (no inline ones), inline styles, data: images and the OpenAPI document; still no framing.</summary>
    private const string DocsContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers[ApiInfo.VersionHeader] = ApiInfo.Version;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = http.Request.IsDocs()
                ? DocsContentSecurityPolicy
                : ApiContentSecurityPolicy;

            if (http.Request.IsOpenApiDocument())
            {
                headers.AccessControlAllowOrigin = "*";
                headers.CacheControl = "public, max-age=300";
            }
            else if (string.IsNullOrEmpty(headers.CacheControl))
            {
                var success = http.Response.StatusCode is >= 200 and < 300;
                var policy = success ? http.GetEndpoint()?.Metadata.GetMetadata<CachePolicy>() : null;
                headers.CacheControl = policy?.Value ?? CachePolicy.NoStore;
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
