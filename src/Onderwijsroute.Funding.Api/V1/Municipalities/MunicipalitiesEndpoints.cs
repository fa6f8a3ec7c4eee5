namespace Onderwijsroute.Funding.Api.V1.Municipalities;

/// <summary><c>GET /v1/gemeenten</c> and <c>GET /v1/gemeenten/{code}</c>.</summary>
internal static class MunicipalitiesEndpoints
{
    public static IEndpointRouteBuilder MapMunicipalities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/gemeenten").WithTags("Gemeenten").CacheAsReferenceData();

        group.MapGet(string.Empty, List)
            .WithName("listGemeenten")
            .WithSummary("Alle gemeenten")
            .WithDescription("Alle gemeenten van de gemeentelijke indeling, op code, met provincie, arbeidsmarktregio en inwoners per peildatum.")
            .Produces<MunicipalityListResponse>();

        group.MapGet("/{code}", Get)
            .WithName("getGemeente")
            .WithSummary("Eén gemeente")
            .WithDescription("Een gemeente op CBS-code (GM en vier cijfers). Een code die niet zo is opgebouwd geeft 400; een onbekende code 404.")
            .Produces<MunicipalityResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static MunicipalityListResponse List(ReferenceDataSet data) =>
        new(
            data.Metadata.IndelingYear,
            data.Metadata.ValidFromYear,
            data.Metadata.ValidUntilYear,
            data.Municipalities.Count,
            data.Metadata.Sources.GetValueOrDefault("gemeenten", string.Empty),
            data.Municipalities.Select(m => MunicipalityResponse.Of(m, data)).ToArray());

    private static IResult Get(string code, ReferenceDataSet data)
    {
        var (municipality, problem) = MunicipalityInPath.Find(code, "code", data);
        return problem ?? TypedResults.Ok(MunicipalityResponse.Of(municipality!, data));
    }
}
