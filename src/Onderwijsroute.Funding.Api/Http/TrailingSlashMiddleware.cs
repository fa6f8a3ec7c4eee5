namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Answers an API path with a trailing slash with 404, never a redirect (ADR /core/no-trailing-slash): ASP.NET Core
/// routing would otherwise match <c>/v1/gemeenten/</c> (and <c>/V1/gemeenten/</c>) to <c>/v1/gemeenten</c>.
/// </summary>
internal sealed class TrailingSlashMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsApi() && context.Request.Path.Value!.EndsWith('/'))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
