using FluentValidation;
using NodaTime;
using Onderwijsroute.Funding.Api.Http;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Common;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Persistence;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Api.V1.Advances;

/// <summary><c>POST /v1/voorschotberekeningen</c> and <c>GET /v1/voorschotberekeningen/{id}</c>.</summary>
internal static class AdvancesEndpoints
{
    private const string CollectionPath = "/v1/voorschotberekeningen";

    public static IEndpointRouteBuilder MapAdvances(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(CollectionPath).WithTags("Voorschotberekeningen");

        group.MapPost(string.Empty, Create)
            .WithName("createVoorschotberekening")
            .WithSummary("Bereken voorschotten")
            .WithDescription("Verdeelt het budget van een gemaximeerde regeling voor één jaar naar de verdeelsleutel van de regeling (naar rato, hele euro's, grootste rest, bij gelijke rest de laagste code). De berekening wordt vastgelegd met invoer, parameterversie en resultaat; het antwoord is 201 met Location.")
            .WithMetadata(new JsonRequestBody(typeof(CreateAdvanceCalculationRequest), """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 15900000, "peildatumInwoners": "2024-01-01" }"""))
            .Produces<AdvanceCalculationResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet(string.Empty, List)
            .WithName("listVoorschotberekeningen")
            .RequireAuthorization(ApiRoles.MinistryPolicy)
            .WithSummary("Vastgelegde voorschotberekeningen")
            .WithDescription("De vastgelegde voorschotberekeningen, nieuwste eerst, per pagina (pagina vanaf 1, paginaGrootte 1 tot en met 100, standaard 20).")
            .Produces<CalculationListResponse>()
            .ProducesValidationProblem();

        group.MapGet("/{id}", Get)
            .WithName("getVoorschotberekening")
            .WithSummary("Een vastgelegde voorschotberekening")
            .WithDescription("Geeft een eerder gemaakte voorschotberekening terug, precies zoals de POST haar gaf.")
            .Produces<AdvanceCalculationResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> Create(
        HttpContext http,
        IValidator<CreateAdvanceCalculationRequest> validator,
        ParameterCatalogue catalogue,
        ReferenceDataSet data,
        StoredCalculations calculations)
    {
        var body = await JsonBody.ReadValidAsync(http.Request, validator, http.RequestAborted).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var request = body.Value!;

        var result = AdvanceCalculator.Calculate(catalogue, data, new AdvanceRequest(request.Regeling!, request.Jaar!.Value)
        {
            Budget = request.Budget is { } budget ? Money.FromEuros(budget) : null,
            PopulationDate = request.PeildatumInwoners is { } date ? LocalDate.FromDateOnly(date) : null,
            PopulationDateFallback = request.PeildatumTerugvallen == true ? PopulationDateFallback.LatestEarlier : PopulationDateFallback.Exact,
            RegionWeights = request.Gewichten?.ToDictionary(w => RegionCode.Parse(w!.ArbeidsmarktregioCode!), w => (long)w!.Gewicht!.Value),
        });
        return await calculations.CreateAsync(http, CalculationKinds.Advance, CollectionPath, body.Text, result.Explanation.ParameterVersion, (id, at) => AdvanceCalculationResponse.Of(id, at, result)).ConfigureAwait(false);
    }

    /// <param name="http">The request.</param>
    /// <param name="calculations">The stored calculations.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 100 (standaard 20).</param>
    private static Task<IResult> List(HttpContext http, StoredCalculations calculations, int? pagina, int? paginaGrootte) =>
        calculations.ListAsync(http, CalculationKinds.Advance, CollectionPath, pagina, paginaGrootte);

    /// <param name="id">Het id van de berekening (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="calculations">The stored calculations.</param>
    private static Task<IResult> Get(string id, HttpContext http, StoredCalculations calculations) =>
        calculations.GetAsync(http, CalculationKinds.Advance, id, "voorschotberekening");
}
