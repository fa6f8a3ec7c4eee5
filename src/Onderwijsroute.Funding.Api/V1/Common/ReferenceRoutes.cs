namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// The routes of the read-only reference resources (gemeenten, arbeidsmarktregio's, regelingen, bronnen, and the
/// forecast assumptions and starting points drawn from them): anonymous, answered from the parameters and reference
/// data alone and so cached like them (<see cref="CachePolicy"/>). A read always answers 200; a lookup by code or id
/// answers 400 for a key of the wrong form and 404 for an unknown one, the same for every resource.
/// </summary>
internal static class ReferenceRoutes
{
    /// <summary>A group of reference resources under a path, with its tag, cached as reference data.</summary>
    /// <param name="app">The routes.</param>
    /// <param name="path">The path, e.g. <c>/v1/gemeenten</c>.</param>
    /// <param name="tag">The tag.</param>
    public static RouteGroupBuilder MapReferenceGroup(this IEndpointRouteBuilder app, string path, string tag) =>
        app.MapGroup(path).WithTags(tag).CacheAsReferenceData();

    /// <summary>Maps a read that always answers (a list, or one document).</summary>
    /// <typeparam name="TResponse">The response.</typeparam>
    /// <param name="group">The group (<see cref="MapReferenceGroup"/>).</param>
    /// <param name="pattern">The route below the group.</param>
    /// <param name="read">The handler.</param>
    /// <param name="name">The operation id.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="description">The description.</param>
    public static RouteHandlerBuilder MapReferenceRead<TResponse>(this RouteGroupBuilder group, string pattern, Delegate read, string name, string summary, string description) =>
        group.MapGet(pattern, read)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .Produces<TResponse>();

    /// <summary>Maps the lookup of one item by its code or id: 400 when the key cannot be one, 404 when none has it.</summary>
    /// <typeparam name="TResponse">The item's response.</typeparam>
    /// <param name="group">The group (<see cref="MapReferenceGroup"/>).</param>
    /// <param name="pattern">The route below the group, with the key.</param>
    /// <param name="lookup">The handler.</param>
    /// <param name="name">The operation id.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="description">The description.</param>
    public static RouteHandlerBuilder MapReferenceLookup<TResponse>(this RouteGroupBuilder group, string pattern, Delegate lookup, string name, string summary, string description) =>
        group.MapReferenceRead<TResponse>(pattern, lookup, name, summary, description)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
