namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Answers HEAD on an API path as GET (RFC 9110 §9.1: a general-purpose server supports GET and HEAD; §9.3.2: the
/// same status and headers, no content). The endpoints are mapped for GET only, so routing alone would answer 405.
/// The request goes on as a GET through every control (keys, rate limits, formats), and a GET stores nothing; Kestrel
/// keeps the method it parsed and so still sends no content for the HEAD. It runs first, as a startup filter, because
/// the endpoint is chosen before the first middleware of the app.
/// </summary>
internal sealed class HeadAsGetMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsHead(context.Request.Method) && context.Request.IsApi())
        {
            context.Request.Method = HttpMethods.Get;
        }

        return next(context);
    }

    /// <summary>Puts the middleware before routing.</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<HeadAsGetMiddleware>();
            next(app);
        };
    }
}
