using Onderwijsroute.Funding.Api.Http.Security;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Route groups of the ministry's resources (scenarios, runs, comparisons, analyses): its key is required.</summary>
internal static class MinistryRoutes
{
    /// <summary>A group for the ministry under a path, with its tag.</summary>
    public static RouteGroupBuilder MapMinistryGroup(this IEndpointRouteBuilder app, string path, string tag) =>
        app.MapGroup(path).WithTags(tag).RequireAuthorization(ApiRoles.MinistryPolicy);

    /// <summary>A group of stored resources addressed by a GUID id: the id is checked before any handler runs (400 naming <c>id</c>).</summary>
    public static RouteGroupBuilder MapGuidResources(this IEndpointRouteBuilder app, string path, string tag)
    {
        var group = app.MapMinistryGroup(path, tag);
        group.AddEndpointFilter(IdRouteFilter.Guid);
        group.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        return group;
    }
}
