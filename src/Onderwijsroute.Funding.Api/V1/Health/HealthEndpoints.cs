namespace Onderwijsroute.Funding.Api.V1.Health;

/// <summary>Liveness and readiness: <c>GET /v1/health/live</c> and <c>GET /v1/health/ready</c>.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/health").WithTags("Beheer");

        group.MapGet("/live", () => TypedResults.Ok(new HealthResponse("UP", null)))
            .WithName("getLiveness")
            .WithSummary("Leeft de dienst?")
            .WithDescription("200 zolang het proces verzoeken beantwoordt.")
            .Produces<HealthResponse>();

        group.MapGet("/ready", Ready)
            .WithName("getReadiness")
            .WithSummary("Is de dienst gereed?")
            .WithDescription("200 als de database bereikbaar en bijgewerkt is en de parameters geladen zijn; anders 503.")
            .Produces<HealthResponse>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> Ready(Readiness readiness, HttpContext http)
    {
        var problem = await readiness.ProblemAsync(http.RequestAborted).ConfigureAwait(false);
        return problem is null
            ? TypedResults.Ok(new HealthResponse("UP", "De database is bijgewerkt en de parameters zijn geladen."))
            : DutchProblems.Problem(StatusCodes.Status503ServiceUnavailable, problem);
    }
}
