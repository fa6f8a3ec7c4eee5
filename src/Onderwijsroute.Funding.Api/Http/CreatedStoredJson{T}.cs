using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// A response just stored, answered with the same bytes as stored: <c>201 Created</c> with the <c>Location</c> where
/// it can be read again, as a typed result that declares the response type <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The response type.</typeparam>
/// <param name="location">The path of the new resource.</param>
/// <param name="body">The UTF-8 JSON.</param>
internal sealed class CreatedStoredJson<T>(string location, ReadOnlyMemory<byte> body) : IResult, IEndpointMetadataProvider
{
    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.Location = location;
        return new Utf8JsonResult(body, StatusCodes.Status201Created).ExecuteAsync(httpContext);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, typeof(T), ["application/json"]));
    }
}
