namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Answers JSON that is already serialized, as UTF-8 bytes (a stored calculation), with a status code. Unlike
/// <c>Results.Text</c> it needs no string of the body: a national result as a string is a large-object-heap allocation.
/// </summary>
/// <param name="body">The UTF-8 JSON.</param>
/// <param name="statusCode">The status code.</param>
internal sealed class Utf8JsonResult(ReadOnlyMemory<byte> body, int statusCode) : IResult
{
    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
