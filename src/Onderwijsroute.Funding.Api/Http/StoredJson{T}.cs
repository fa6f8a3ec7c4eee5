using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// A stored response read back (<c>200 OK</c>) byte for byte, as a typed result that declares the response type
/// <typeparamref name="T"/> the stored UTF-8 JSON is.
/// </summary>
/// <typeparam name="T">The response type.</typeparam>
/// <param name="body">The UTF-8 JSON.</param>
internal sealed class StoredJson<T>(ReadOnlyMemory<byte> body) : IResult, IEndpointMetadataProvider
{
    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => new Utf8JsonResult(body, StatusCodes.Status200OK).ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
}
