using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>
/// An analysis the queue does not take, as a typed result: 429 when the caller's key already has its share waiting or
/// running, 503 when the service has as many as it takes; both with <c>Retry-After</c> (see <see cref="UncertaintyAnalysisRunner.Submit"/>).
/// </summary>
/// <param name="problem">The problem response.</param>
internal sealed class AdmissionProblem(IResult problem) : IResult, IEndpointMetadataProvider
{
    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), ["application/problem+json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails), ["application/problem+json"]));
    }
}
