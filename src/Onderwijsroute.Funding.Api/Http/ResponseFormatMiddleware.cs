namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Answers 406 for every API request whose <c>formaat</c> or <c>Accept</c> its resource cannot answer
/// (<see cref="ResponseFormats"/>), before the endpoint runs: a calculation asked for as a PDF is not calculated, and
/// <c>?formaat=csv</c> on a JSON-only resource never silently answers JSON.
/// </summary>
internal sealed class ResponseFormatMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (http.Request.IsApi() && http.GetEndpoint() is RouteEndpoint && ResponseFormats.Choose(http.Request).Problem is { } notAcceptable)
        {
            return notAcceptable.ExecuteAsync(http);
        }

        return next(http);
    }
}
