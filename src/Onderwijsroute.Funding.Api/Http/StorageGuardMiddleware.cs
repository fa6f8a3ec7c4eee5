using Microsoft.AspNetCore.Mvc;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Refuses API writes with a 503 problem naming the cause while the store is full, damaged or unwritable
/// (<see cref="StorageHealth"/>), instead of letting each one fail in its own way or, worse, acknowledging it into a
/// damaged file. A fault that may pass carries <c>Retry-After</c>. Reads and stateless calculations go on.
/// </summary>
internal sealed class StorageGuardMiddleware(RequestDelegate next, StorageHealth health, IProblemDetailsService problems)
{
    /// <summary>What <c>Retry-After</c> suggests while a full or unwritable store may be mended (seconds).</summary>
    public const int RetryAfterSeconds = 30;

    public Task InvokeAsync(HttpContext http)
    {
        if (health.Fault is not { } fault || !http.IsWrite())
        {
            return next(http);
        }

        return WriteAsync(http, problems, fault);
    }

    /// <summary>Writes the 503 problem of a storage fault.</summary>
    /// <param name="http">The request.</param>
    /// <param name="problems">The problem writer.</param>
    /// <param name="fault">The fault.</param>
    public static Task WriteAsync(HttpContext http, IProblemDetailsService problems, StorageFault fault)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        if (fault.MayPass)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = Problem(fault),
        }).AsTask();
    }

    /// <summary>The 503 problem of a storage fault.</summary>
    /// <param name="fault">The fault.</param>
    public static ProblemDetails Problem(StorageFault fault) =>
        new() { Status = StatusCodes.Status503ServiceUnavailable, Title = DutchProblems.TitleOf(StatusCodes.Status503ServiceUnavailable), Detail = fault.Detail };
}
