using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// A 404 problem for a resource that does not exist, as a typed result: an endpoint that can answer it says so in its
/// return type, and the OpenAPI document follows from that.
/// </summary>
/// <param name="detail">What was not found, in Dutch.</param>
internal sealed class NotFoundProblem(string detail) : IResult, IEndpointMetadataProvider
{
    /// <summary>What was not found.</summary>
    public string Detail => detail;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => DutchProblems.NotFound(detail).ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]));
    }
}
