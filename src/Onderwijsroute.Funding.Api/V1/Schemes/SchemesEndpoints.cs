using System.Globalization;
using NodaTime;

namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>The handlers of <c>GET /v1/regelingen</c>, <c>GET /v1/regelingen/{id}</c> and <c>GET /v1/prognose-aannames</c>; routed by the reference table of <see cref="V1Setup"/>.</summary>
internal static class SchemesEndpoints
{
    public static SchemeListResponse List(ParameterCatalogue catalogue) =>
        new(catalogue.Version, catalogue.Schemes.Where(s => s.IsFundingScheme).Select(SchemeMapping.ToSummary).ToArray());

    /// <param name="catalogue">The parameters.</param>
    public static SchemeResponse Assumptions(ParameterCatalogue catalogue) =>
        SchemeMapping.ToResponse(catalogue.FindScheme(Onderwijsroute.Funding.Schemes.SchemeIds.ForecastAssumptions)!, catalogue, null);

    /// <param name="id">Het id van de regeling, bijvoorbeeld spuk-onderwijsroute-2023.</param>
    /// <param name="peildatum">Optioneel: toon per parameter alleen de waarde die op deze datum (jjjj-mm-dd) gold.</param>
    /// <param name="catalogue">The parameters.</param>
    public static IResult Get(string id, string? peildatum, ParameterCatalogue catalogue)
    {
        LocalDate? asOf = null;
        if (peildatum is not null)
        {
            if (!DateOnly.TryParseExact(peildatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return DutchProblems.InvalidInput("peildatum", $"'{peildatum}' is geen datum in de vorm jjjj-mm-dd.");
            }

            asOf = LocalDate.FromDateOnly(date);
        }

        // The forecast assumptions are no regeling; they have their own resource (/v1/prognose-aannames).
        return catalogue.FindScheme(id) is { IsFundingScheme: true } scheme
            ? TypedResults.Ok(SchemeMapping.ToResponse(scheme, catalogue, asOf))
            : DutchProblems.NotFound($"Regeling '{id}' bestaat niet; bekend zijn: {string.Join(", ", catalogue.Schemes.Where(s => s.IsFundingScheme).Select(s => s.Id))}.");
    }
}
