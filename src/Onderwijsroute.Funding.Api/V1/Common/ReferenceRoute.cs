namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// One route of a read-only reference resource (gemeenten, arbeidsmarktregio's, regelingen, bronnen, and the forecast
/// assumptions and starting points drawn from them): anonymous, answered from the parameters and reference data alone
/// and so cached like them (<see cref="CachePolicy"/>). A read always answers 200; a lookup by code or id answers 400
/// for a key that cannot be one and 404 for an unknown one, the same for every resource. The routes are one table
/// (<c>V1Setup</c>), so that these declarations cannot drift apart.
/// </summary>
/// <param name="Pattern">The route.</param>
/// <param name="Tag">The tag in the contract.</param>
/// <param name="Handler">The handler.</param>
/// <param name="Response">The 200's response type.</param>
/// <param name="IsLookup">Whether the route finds one item by a key of its path (400 and 404).</param>
/// <param name="Name">The operation id.</param>
/// <param name="Summary">The summary, in Dutch.</param>
/// <param name="Description">The description, in Dutch.</param>
internal sealed record ReferenceRoute(string Pattern, string Tag, Delegate Handler, Type Response, bool IsLookup, string Name, string Summary, string Description)
{
    /// <summary>A read that always answers: a list, or one document.</summary>
    /// <typeparam name="TResponse">The response.</typeparam>
    /// <param name="pattern">The route.</param>
    /// <param name="tag">The tag.</param>
    /// <param name="handler">The handler.</param>
    /// <param name="name">The operation id.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="description">The description.</param>
    public static ReferenceRoute Read<TResponse>(string pattern, string tag, Delegate handler, string name, string summary, string description) =>
        new(pattern, tag, handler, typeof(TResponse), IsLookup: false, name, summary, description);

    /// <summary>The lookup of one item by the code or id in its path.</summary>
    /// <typeparam name="TResponse">The item's response.</typeparam>
    /// <param name="pattern">The route, with the key.</param>
    /// <param name="tag">The tag.</param>
    /// <param name="handler">The handler.</param>
    /// <param name="name">The operation id.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="description">The description.</param>
    public static ReferenceRoute Lookup<TResponse>(string pattern, string tag, Delegate handler, string name, string summary, string description) =>
        new(pattern, tag, handler, typeof(TResponse), IsLookup: true, name, summary, description);

    /// <summary>Maps the route.</summary>
    /// <param name="app">The routes.</param>
    public RouteHandlerBuilder Map(IEndpointRouteBuilder app)
    {
        var route = app.MapGet(Pattern, Handler)
            .WithTags(Tag)
            .CacheAsReferenceData()
            .WithName(Name)
            .WithSummary(Summary)
            .WithDescription(Description)
            .Produces(StatusCodes.Status200OK, Response);
        return IsLookup ? route.ProducesLookupProblems() : route;
    }
}
