using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// A request body the endpoint cannot take, as a typed result: a 400 naming every wrong field (malformed JSON, a value
/// of the wrong type or out of bounds, or what the domain refuses) or a 413 for a body over <see cref="JsonBody.MaxBytes"/>.
/// </summary>
/// <param name="problem">The problem response.</param>
internal sealed class BodyProblem(IResult problem) : IResult, IEndpointMetadataProvider
{
    /// <summary>The 400 for input errors.</summary>
    /// <param name="errors">The errors; at least one.</param>
    public static BodyProblem Of(InputErrors errors) => new(InputProblems.Of(errors));

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails), ["application/problem+json"]));
    }
}
