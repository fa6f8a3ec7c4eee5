namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// The problems a kind of route declares in the contract, named once: a route that finds something by a key in its
/// path, and a write guarded by <c>If-Match</c> (<see cref="IfMatch"/>). Declared after the route's success, in the
/// order the contract lists them.
/// </summary>
internal static class RouteProblems
{
    /// <summary>400 for a key in the path that cannot be one, 404 for one that names nothing (or nothing the key may see).</summary>
    /// <param name="route">The route.</param>
    public static RouteHandlerBuilder ProducesLookupProblems(this RouteHandlerBuilder route) =>
        route.ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>412 for a stale <c>If-Match</c>, 428 for none.</summary>
    /// <param name="route">The route.</param>
    public static RouteHandlerBuilder ProducesPreconditionProblems(this RouteHandlerBuilder route) =>
        route.ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
