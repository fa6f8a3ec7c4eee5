using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Onderwijsroute.Funding.Api.Http.Security;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// CORS for browser integrators (issue 14, docs/operations.md "Browsers"): pages served from the origins in
/// <c>Cors:AllowedOrigins</c> (none by default) may call <c>/v1</c>. The preflight is answered here, before keys, rate
/// limits and timeouts, so it needs no key and never counts against a caller's limits; the real request then meets
/// every control as any other. The OpenAPI document keeps its own <c>Access-Control-Allow-Origin: *</c>
/// (<see cref="ResponseHeadersMiddleware"/>), because anyone may read the contract.
/// </summary>
internal static class CorsSetup
{
    /// <summary>The configuration key of the list (<c>Cors:AllowedOrigins:0</c>, or one comma-separated value).</summary>
    public const string AllowedOriginsKey = "Cors:AllowedOrigins";

    /// <summary>The request headers a page may send: the key, the precondition of a replace or delete, the JSON body's type.</summary>
    public static readonly string[] AllowedHeaders = [ApiRoles.HeaderName, "If-Match", "Content-Type"];

    /// <summary>The response headers a page may read besides the safelisted ones.</summary>
    public static readonly string[] ExposedHeaders = ["ETag", "Location", ApiInfo.VersionHeader, "Retry-After"];

    /// <summary>The methods of the API.</summary>
    public static readonly string[] AllowedMethods = ["GET", "POST", "PUT", "DELETE"];

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddApiCors(this IServiceCollection services)
    {
        // Read when first needed, from the configuration as finally built (command line, environment, test hosts).
        services.AddOptions<CorsOrigins>()
            .Configure<IConfiguration>((o, configuration) => o.Values = OriginsOf(configuration))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CorsOrigins>, OriginsValidation>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsOrigins>>((options, origins) => options.AddDefaultPolicy(policy => policy
            .WithOrigins([.. origins.Value.Values])
            .WithMethods(AllowedMethods)
            .WithHeaders(AllowedHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(PreflightMaxAge)));
        return services;
    }

    /// <summary>The CORS middleware for API paths other than the OpenAPI document; before access control (see the class).</summary>
    public static WebApplication UseApiCors(this WebApplication app)
    {
        app.UseWhen(http => http.Request.IsApi() && !http.Request.IsOpenApiDocument(), api => api.UseCors());
        return app;
    }

    /// <summary>The configured origins: the list's entries, or one value with commas (as an environment variable is easily written).</summary>
    private static string[] OriginsOf(IConfiguration configuration)
    {
        var section = configuration.GetSection(AllowedOriginsKey);
        var values = string.IsNullOrEmpty(section.Value) ? section.GetChildren().Select(c => c.Value ?? string.Empty).ToArray() : section.Value.Split(',');
        return [.. values.Select(v => v.Trim()).Where(v => v.Length > 0)];
    }

    /// <summary>Whether the text is an origin as a browser sends it: http(s), a host, an optional port, nothing else.</summary>
    private static bool IsOrigin(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.GetLeftPart(UriPartial.Authority).Equals(text, StringComparison.OrdinalIgnoreCase)
        && !text.Contains('*', StringComparison.Ordinal);

    /// <summary>The configured origins, validated when the service starts.</summary>
    private sealed class CorsOrigins
    {
        public IReadOnlyList<string> Values { get; set; } = [];
    }

    /// <summary>A list with an entry that is no origin stops the start, naming the entry (a typo must not silently allow nothing or too much).</summary>
    private sealed class OriginsValidation : IValidateOptions<CorsOrigins>
    {
        public ValidateOptionsResult Validate(string? name, CorsOrigins options)
        {
            var wrong = options.Values.Where(o => !IsOrigin(o)).ToArray();
            return wrong.Length == 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{AllowedOriginsKey}: {string.Join(", ", wrong.Select(w => "'" + w + "'"))} is no origin (scheme://host[:port] with http or https, no path, no '*').");
        }
    }
}
