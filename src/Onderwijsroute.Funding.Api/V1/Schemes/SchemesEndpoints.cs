using System.Globalization;
using NodaTime;

namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary><c>GET /v1/regelingen</c> and <c>GET /v1/regelingen/{id}</c>.</summary>
internal static class SchemesEndpoints
{
    public static IEndpointRouteBuilder MapSchemes(this IEndpointRouteBuilder app)
    {
        app.MapReferenceGroup("/v1/prognose-aannames", "Prognoses").MapReferenceRead<SchemeResponse>(
            string.Empty,
            Assumptions,
            "getPrognoseAannames",
            "De aannames van een prognose",
            "De standaardwaarden van een prognose (trajectprijs, looptijd, indexatie, reiskosten, B1-Entree, startmaand, kasritme) en de landelijke projectie waaruit het landelijke aantal, het startpunt van een gemeente en de instroom van scenario's volgen, elk gedateerd met bron, status en toelichting (zo staat bij de reiskosten, standaard 0, dat slechts acht centrumgemeenten reiskosten vergoeden). Geen regeling; in een prognose te overschrijven met 'overschrijvingen' (regeling prognose-aannames).");

        var group = app.MapReferenceGroup("/v1/regelingen", "Regelingen");
        group.MapReferenceRead<SchemeListResponse>(
            string.Empty,
            List,
            "listRegelingen",
            "Alle regelingen",
            "De vijf regelingen met grondslag en dekking, en de parameterversie die nu geldt.");
        group.MapReferenceLookup<SchemeResponse>(
            "/{id}",
            Get,
            "getRegeling",
            "Eén regeling met al haar parameters",
            "Een regeling met elke parameter en elke gedateerde waarde (van, tot, waarde, eenheid, status, bron). Met ?peildatum=2024-01-01 alleen de waarden die op die datum golden.");
        return app;
    }

    private static SchemeListResponse List(ParameterCatalogue catalogue) =>
        new(catalogue.Version, catalogue.Schemes.Where(s => s.IsFundingScheme).Select(SchemeMapping.ToSummary).ToArray());

    /// <param name="catalogue">The parameters.</param>
    private static SchemeResponse Assumptions(ParameterCatalogue catalogue) =>
        SchemeMapping.ToResponse(catalogue.FindScheme(Onderwijsroute.Funding.Schemes.SchemeIds.ForecastAssumptions)!, catalogue, null);

    /// <param name="id">Het id van de regeling, bijvoorbeeld spuk-onderwijsroute-2023.</param>
    /// <param name="peildatum">Optioneel: toon per parameter alleen de waarde die op deze datum (jjjj-mm-dd) gold.</param>
    /// <param name="catalogue">The parameters.</param>
    private static IResult Get(string id, string? peildatum, ParameterCatalogue catalogue)
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
