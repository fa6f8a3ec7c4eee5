using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// Access control and limits (issue 6): API keys in <c>X-Api-Key</c> with role policies, a 401 for every /v1 request
/// that sends an invalid key, rate limits per key and per anonymous address (429 with <c>Retry-After</c>), a bound on
/// concurrent heavy runs, request timeouts, and the audit log of acknowledged writes.
/// </summary>
internal static class SecuritySetup
{
    /// <summary>The rate-limiting policy of heavy runs (a concurrency bound).</summary>
    public const string HeavyPolicy = "zware-berekeningen";

    public static IServiceCollection AddApiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(ApiLimits.Section).Get<ApiLimits>() ?? new ApiLimits();
        services.AddSingleton(limits);
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<FailedKeyAttempts>();
        services.AddSingleton<FirstStartKey>();
        services.AddAuthentication(ApiRoles.Scheme).AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiRoles.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiRoles.ForecastsPolicy, p => p.RequireRole(ApiRoles.Gemeente, ApiRoles.Regio))
            .AddPolicy(ApiRoles.MinistryPolicy, p => p.RequireRole(ApiRoles.Ministerie))
            .AddPolicy(ApiRoles.ManagementPolicy, p => p.RequireRole(ApiRoles.Beheer));

        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, limits));
            options.AddConcurrencyLimiter(HeavyPolicy, o =>
            {
                o.PermitLimit = limits.ConcurrentHeavyCalculations;
                o.QueueLimit = limits.HeavyCalculationQueue;
                o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.OnRejected = (context, _) => RejectAsync(context);
        });

        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(limits.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = http => http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = DutchProblems.TitleOf(503), Detail = "Het verzoek duurde langer dan de dienst toestaat en is afgebroken." },
            }).AsTask(),
        });
        return services;
    }

    /// <summary>
    /// Authentication, the invalid-key 401, rate limits, timeouts, authorization, the refusal of writes while the store
    /// cannot take them (<see cref="StorageGuardMiddleware"/>) and the audit log, in that order.
    /// </summary>
    public static WebApplication UseApiSecurity(this WebApplication app)
    {
        var attempts = app.Services.GetRequiredService<FailedKeyAttempts>();
        var keys = app.Services.GetRequiredService<ApiKeyStore>();
        app.Use(async (http, next) =>
        {
            // An address that has used up its failed key attempts: 429 before any lookup, unless the key is valid from the cache.
            if (http.Request.IsApi()
                && http.Request.Headers.TryGetValue(ApiRoles.HeaderName, out var key)
                && attempts.IsExhausted(ClientAddress(http))
                && keys.ValidateCached(key.Count == 1 ? key[0] : null) is null)
            {
                http.Response.Headers.RetryAfter = attempts.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await WriteTooManyAsync(http).ConfigureAwait(false);
                return;
            }

            await next(http).ConfigureAwait(false);
        });
        app.UseAuthentication();
        app.Use(async (http, next) =>
        {
            // A key that was sent but is not valid is a 401 everywhere, also where anonymous callers are welcome:
            // a caller with a broken key must learn it, not silently get anonymous rights.
            if (http.Request.IsApi()
                && http.Request.Headers.ContainsKey(ApiRoles.HeaderName)
                && http.User.Identity?.IsAuthenticated != true)
            {
                attempts.Record(ClientAddress(http));
                await ApiKeyAuthenticationHandler.WriteProblemAsync(http, http.RequestServices.GetRequiredService<IProblemDetailsService>(), StatusCodes.Status401Unauthorized).ConfigureAwait(false);
                return;
            }

            await next(http).ConfigureAwait(false);
        });
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.UseAuthorization();
        app.UseMiddleware<StorageGuardMiddleware>();
        app.UseMiddleware<AuditMiddleware>();
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, ApiLimits limits)
    {
        if (!http.Request.IsApi())
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var keyId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return keyId is not null
            ? Bucket("sleutel:" + keyId, limits.KeyPerMinute)
            : Bucket("adres:" + ClientAddress(http), limits.AnonymousPerMinute);
    }

    /// <summary>The address a client's limits are counted under.</summary>
    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "onbekend";

    /// <summary>A token bucket of a minute's worth that refills evenly.</summary>
    /// <param name="partition">The partition key.</param>
    /// <param name="perMinute">Requests per minute.</param>
    internal static RateLimitPartition<string> Bucket(string partition, int perMinute) =>
        RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
        {
            // A minute's worth may come at once; the bucket refills evenly (every second, or slower below 60 a minute).
            TokenLimit = Math.Max(1, perMinute),
            TokensPerPeriod = Math.Max(1, perMinute / 60),
            ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / Math.Max(1, perMinute)),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask RejectAsync(OnRejectedContext context)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await WriteTooManyAsync(http).ConfigureAwait(false);
    }

    private static Task WriteTooManyAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests },
        }).AsTask();
    }
}
