using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>A 409 problem: the write would clash with what is stored (a name already taken), as a typed result.</summary>
/// <param name="detail">What clashes and what to do, in Dutch.</param>
internal sealed class ConflictProblem(string detail) : IResult, IEndpointMetadataProvider
{
    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => DutchProblems.Problem(StatusCodes.Status409Conflict, detail).ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(ProblemDetails), ["application/problem+json"]));
    }
}
