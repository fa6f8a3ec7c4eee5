namespace Onderwijsroute.Funding.Api.V1.Municipalities;

/// <summary>The handlers of <c>GET /v1/gemeenten</c> and <c>GET /v1/gemeenten/{code}</c>; routed by the reference table of <see cref="V1Setup"/>.</summary>
internal static class MunicipalitiesEndpoints
{
    public static MunicipalityListResponse List(ReferenceDataSet data) =>
        new(
            data.Metadata.IndelingYear,
            data.Metadata.ValidFromYear,
            data.Metadata.ValidUntilYear,
            data.Municipalities.Count,
            data.Metadata.Sources.GetValueOrDefault("gemeenten", string.Empty),
            data.Municipalities.Select(m => MunicipalityResponse.Of(m, data)).ToArray());

    public static IResult Get(string code, ReferenceDataSet data)
    {
        var (municipality, problem) = MunicipalityInPath.Find(code, "code", data);
        return problem ?? TypedResults.Ok(MunicipalityResponse.Of(municipality!, data));
    }
}
