using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Turns every exception that escapes an endpoint into a Dutch problem response without a stack trace: a bad request
/// found by ASP.NET Core keeps its 4xx status; a full, damaged or unwritable store is a 503 naming the cause (and
/// recorded in <see cref="StorageHealth"/>, which logs what the operator must do); anything else is a bug, a 500, and
/// is logged. Input errors never get here: the domain returns them as a value and the endpoints answer them
/// (docs/domain.md §6).
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, StorageHealth storage, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        switch (exception)
        {
            case BadHttpRequestException bad:
                problem = BadRequest(bad);
                break;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            case var failure when storage.Observe(failure) is { } fault:
                if (fault.MayPass)
                {
                    httpContext.Response.Headers.RetryAfter = StorageGuardMiddleware.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                problem = StorageGuardMiddleware.Problem(fault);
                break;
            default:
                LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
                problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError };
                break;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = null }).ConfigureAwait(false);
    }

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status400BadRequest)
        {
            var parameter = BindFailure().Match(bad.Message);
            var field = parameter.Success ? parameter.Groups["name"].Value : JsonPaths.Body;
            var message = parameter.Success
                ? $"Ongeldige waarde '{parameter.Groups["value"].Value}' voor '{field}'."
                : "Het verzoek is ongeldig.";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = DutchProblems.InvalidInputTitle,
                Detail = DutchProblems.InvalidInputDetail,
            };
        }

        return new ProblemDetails { Status = bad.StatusCode };
    }

    [GeneratedRegex("""Failed to bind parameter "[^ "]+ (?<name>[^ "]+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
