using Onderwijsroute.Funding.Api.Http.Security;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>
/// The routes every stored calculation has: <c>POST</c> to calculate and store one, <c>GET</c> for a page of them (for
/// the ministry) and <c>GET /{id}</c> for one, byte for byte as the POST answered. Named after the kind.
/// </summary>
internal static class StoredCalculationRoutes
{
    /// <summary>Maps the three routes; returns the POST for its summary, description and example.</summary>
    /// <typeparam name="TBody">The request body type.</typeparam>
    /// <typeparam name="TRequest">The domain's request type.</typeparam>
    /// <typeparam name="TResult">The domain's result type.</typeparam>
    /// <typeparam name="TResponse">The calculation's response type.</typeparam>
    /// <param name="app">The routes.</param>
    /// <param name="kind">The kind of calculation.</param>
    /// <param name="calculator">What the kind computes with.</param>
    public static RouteHandlerBuilder MapStoredCalculations<TBody, TRequest, TResult, TResponse>(this IEndpointRouteBuilder app, StoredCalculationKind kind, StoredCalculator<TBody, TRequest, TResult, TResponse> calculator)
        where TBody : class
        where TRequest : class
    {
        var group = app.MapGroup(kind.Path).WithTags(kind.Tag).WithMetadata(kind);
        var post = group.MapPost(string.Empty, (HttpContext http, StoredCalculations calculations, bool? opslaan) => calculations.CalculateAsync(http, kind, calculator, opslaan != false))
            .WithName("create" + Capitalized(kind.Singular));
        group.MapGet(string.Empty, StoredCalculationHandlers<TResponse>.List)
            .WithName("list" + Capitalized(kind.Plural))
            .RequireAuthorization(ApiRoles.MinistryPolicy)
            .WithSummary("Vastgelegde " + kind.Plural)
            .WithDescription($"De vastgelegde {kind.Plural}, nieuwste eerst, per pagina (pagina vanaf 1, paginaGrootte 1 tot en met {Page.MaxSize}, standaard {Page.DefaultSize}); de Link-header wijst de eerste, vorige, volgende en laatste pagina aan.");
        group.MapGet("/{id}", StoredCalculationHandlers<TResponse>.Get)
            .AddEndpointFilter(IdRouteFilter.Guid)
            .WithName("get" + Capitalized(kind.Singular))
            .WithSummary("Een vastgelegde " + kind.Singular)
            .WithDescription($"Geeft een eerder gemaakte {kind.Singular} terug, precies zoals de POST haar gaf.")
            .ProducesValidationProblem();
        return post;
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
