using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>
/// <c>GET /v1/gemeenten/{gemeenteCode}/startpunt</c>: a gemeente's part of the national projection, so that a form can
/// be filled in without an invented example. Anonymous and read-only: it stores nothing and depends only on the
/// parameters and the reference data, so it is cached like them; routed by the reference table of <see cref="V1Setup"/>.
/// </summary>
internal static class StartingPointEndpoints
{
    /// <param name="gemeenteCode">De gemeente (CBS-code), bijvoorbeeld GM0014.</param>
    /// <param name="catalogue">The parameters.</param>
    /// <param name="data">The reference data.</param>
    public static IResult Get(string gemeenteCode, ParameterCatalogue catalogue, ReferenceDataSet data)
    {
        var (municipality, problem) = MunicipalityInPath.Find(gemeenteCode, "gemeenteCode", data);
        if (problem is not null)
        {
            return problem;
        }

        // The service's parameters were checked at start-up only for loading; overrides could still break the projection.
        var projection = NationalProjection.Build(catalogue, data);
        return projection.IsValid
            ? TypedResults.Ok(StartingPointResponse.Of(projection.Value.StartingPointOf(municipality!.Code)))
            : InputProblems.Of(projection.Errors);
    }
}
