using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>
/// <c>GET /v1/gemeenten/{gemeenteCode}/startpunt</c>: a gemeente's part of the national projection, so that a form can
/// be filled in without an invented example. Anonymous and read-only: it stores nothing and depends only on the
/// parameters and the reference data, so it is cached like them.
/// </summary>
internal static class StartingPointEndpoints
{
    public static IEndpointRouteBuilder MapStartingPoints(this IEndpointRouteBuilder app)
    {
        app.MapReferenceGroup("/v1/gemeenten/{gemeenteCode}/startpunt", "Prognoses").MapReferenceLookup<StartingPointResponse>(
            string.Empty,
            Get,
            "getStartpunt",
            "Het startpunt van een gemeente",
            "Het deel van de gemeente naar inwoners van de landelijke projectie (prognose-aannames: asielcohort × aandeel brede intake × aandeel onderwijsroute, variant 'projectievariant'): per jaar van huisvesting de landelijke instroom en het eigen deel, wie dat jaar en wie het volgende jaar start, en de starters per startjaar en niveau met hun huisvestingsjaar, in de vorm van 'starters' van een prognose. Een prognose zonder trajecten en starters rekent hiermee. Een code die niet zo is opgebouwd geeft 400; een onbekende code 404.");
        return app;
    }

    /// <param name="gemeenteCode">De gemeente (CBS-code), bijvoorbeeld GM0014.</param>
    /// <param name="catalogue">The parameters.</param>
    /// <param name="data">The reference data.</param>
    private static IResult Get(string gemeenteCode, ParameterCatalogue catalogue, ReferenceDataSet data)
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
