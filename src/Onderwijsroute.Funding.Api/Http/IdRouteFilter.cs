namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Checks the <c>{id}</c> of a route before its handler runs, so that no handler parses ids itself: an id that is not
/// of the resource's form is a 400 problem naming <c>id</c>, and never reaches the store.
/// </summary>
/// <param name="isValid">Whether an id has the resource's form.</param>
/// <param name="message">The Dutch message for an id that has not.</param>
internal sealed class IdRouteFilter(Func<string, bool> isValid, Func<string, string> message) : IEndpointFilter
{
    /// <summary>Ids that are GUIDs (calculations, runs, analyses, forecasts).</summary>
    public static IdRouteFilter Guid { get; } = new(ResourceIds.IsGuid, ResourceIds.NotAGuid);

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return context.HttpContext.GetRouteValue("id") is string id && !isValid(id)
            ? ValueTask.FromResult<object?>(InputProblems.Of("id", message(id)))
            : next(context);
    }
}
