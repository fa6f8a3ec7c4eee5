namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Answers an API path with a trailing slash with 404, never a redirect (ADR /core/no-trailing-slash): ASP.NET Core
/// routing would otherwise match <c>/v1/gemeenten/</c> (and <c>/V1/gemeenten/</c>) to <c>/v1/gemeenten</c>. The problem
/// names the path without the slash.
/// </summary>
internal sealed class TrailingSlashMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsApi() && context.Request.Path.Value!.EndsWith('/'))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var detail = $"Paden van de API eindigen niet op een schuine streep: bedoelt u {context.Request.Path.Value.TrimEnd('/')}?";
            return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = StatusCodes.Status404NotFound, Title = DutchProblems.TitleOf(404), Detail = detail },
            }).AsTask();
        }

        return next(context);
    }
}
