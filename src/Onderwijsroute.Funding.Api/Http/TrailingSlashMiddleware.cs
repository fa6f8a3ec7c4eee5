namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Answers a path with a trailing slash with 404, never a redirect (ADR /core/no-trailing-slash): ASP.NET Core
/// routing would otherwise match <c>/v1/gemeenten/</c> to <c>/v1/gemeenten</c>.
/// </summary>
internal sealed class TrailingSlashMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is { Length: > 1 } && path.EndsWith('/'))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
