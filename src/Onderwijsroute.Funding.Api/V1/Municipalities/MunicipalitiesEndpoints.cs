namespace Onderwijsroute.Funding.Api.V1.Municipalities;

/// <summary><c>GET /v1/gemeenten</c> and <c>GET /v1/gemeenten/{code}</c>.</summary>
internal static class MunicipalitiesEndpoints
{
    public static IEndpointRouteBuilder MapMunicipalities(this IEndpointRouteBuilder app)
    {
        var group = app.MapReferenceGroup("/v1/gemeenten", "Gemeenten");
        group.MapReferenceRead<MunicipalityListResponse>(
            string.Empty,
            List,
            "listGemeenten",
            "Alle gemeenten",
            "Alle gemeenten van de gemeentelijke indeling, op code, met provincie, arbeidsmarktregio en inwoners per peildatum.");
        group.MapReferenceLookup<MunicipalityResponse>(
            "/{code}",
            Get,
            "getGemeente",
            "Eén gemeente",
            "Een gemeente op CBS-code (GM en vier cijfers). Een code die niet zo is opgebouwd geeft 400; een onbekende code 404.");
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
