using System.Security.Claims;

namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// Limits the forecast endpoints of <c>/v1/gemeenten/{gemeenteCode}/prognoses</c> to the gemeente of a gemeente key
/// and the member gemeenten of a regio key. Any other gemeente answers 404, as if it had no forecasts at all: the
/// existence of another party's forecasts is not revealed.
/// </summary>
internal static class ForecastAccess
{
    public static RouteGroupBuilder RequireForecastScope(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(ApiRoles.ForecastsPolicy);
        group.AddEndpointFilter(static async (context, next) =>
        {
            var http = context.HttpContext;
            var code = http.GetRouteValue("gemeenteCode") as string ?? string.Empty;
            var keys = http.RequestServices.GetRequiredService<ApiKeyStore>();
            if (!keys.MayAccessForecastsOf(http.User.FindFirstValue(ClaimTypes.Role), http.User.FindFirstValue(ApiRoles.ScopeClaim), code))
            {
                return DutchProblems.NotFound("Deze resource bestaat niet of is niet zichtbaar met deze sleutel.");
            }

            return await next(context).ConfigureAwait(false);
        });
        return group;
    }
}
