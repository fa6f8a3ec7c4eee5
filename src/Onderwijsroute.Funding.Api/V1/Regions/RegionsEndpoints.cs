namespace Onderwijsroute.Funding.Api.V1.Regions;

/// <summary><c>GET /v1/arbeidsmarktregios</c> and <c>GET /v1/arbeidsmarktregios/{code}</c>.</summary>
internal static class RegionsEndpoints
{
    public static IEndpointRouteBuilder MapRegions(this IEndpointRouteBuilder app)
    {
        var group = app.MapReferenceGroup("/v1/arbeidsmarktregios", "Arbeidsmarktregio's");
        group.MapReferenceRead<RegionListResponse>(
            string.Empty,
            List,
            "listArbeidsmarktregios",
            "Alle arbeidsmarktregio's",
            "Alle 35 arbeidsmarktregio's met centrumgemeente, gemeenten, inwoners en het aanbod van de onderwijsroute per niveau.");
        group.MapReferenceLookup<RegionResponse>(
            "/{code}",
            Get,
            "getArbeidsmarktregio",
            "Eén arbeidsmarktregio",
            "Een arbeidsmarktregio op CBS-code (AM en twee cijfers). Een code die niet zo is opgebouwd geeft 400; een onbekende code 404.");
        return app;
    }

    private static RegionListResponse List(ReferenceDataSet data) =>
        new(
            data.Metadata.IndelingYear,
            data.Regions.Count,
            data.Metadata.Sources.GetValueOrDefault("arbeidsmarktregios", string.Empty),
            data.Regions.Select(r => RegionResponse.Of(r, data)).ToArray());

    private static IResult Get(string code, ReferenceDataSet data)
    {
        if (!RegionCode.TryParse(code, out var parsed))
        {
            return DutchProblems.InvalidInput("code", $"'{code}' is geen CBS-arbeidsmarktregiocode (AM gevolgd door twee cijfers).");
        }

        return data.FindRegion(parsed) is { } region
            ? TypedResults.Ok(RegionResponse.Of(region, data))
            : DutchProblems.NotFound($"Arbeidsmarktregio '{code}' bestaat niet.");
    }
}
