namespace Onderwijsroute.Funding.Api.V1.Regions;

/// <summary>The handlers of <c>GET /v1/arbeidsmarktregios</c> and <c>GET /v1/arbeidsmarktregios/{code}</c>; routed by the reference table of <see cref="V1Setup"/>.</summary>
internal static class RegionsEndpoints
{
    public static RegionListResponse List(ReferenceDataSet data) =>
        new(
            data.Metadata.IndelingYear,
            data.Regions.Count,
            data.Metadata.Sources.GetValueOrDefault("arbeidsmarktregios", string.Empty),
            data.Regions.Select(r => RegionResponse.Of(r, data)).ToArray());

    public static IResult Get(string code, ReferenceDataSet data)
    {
        if (!RegionCode.TryParse(code, out var parsed))
        {
            return DutchProblems.InvalidInput("code", Shape.NotARegionCode(code));
        }

        return data.FindRegion(parsed) is { } region
            ? TypedResults.Ok(RegionResponse.Of(region, data))
            : DutchProblems.NotFound($"Arbeidsmarktregio '{code}' bestaat niet.");
    }
}
