using Microsoft.AspNetCore.Http.HttpResults;
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
            .WithMetadata(new JsonRequestBody(typeof(CreateAdvanceCalculationRequest), """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 15900000, "peildatumInwoners": "2024-01-01" }"""));

        group.MapGet(string.Empty, List)
            .WithName("listVoorschotberekeningen")
            .RequireAuthorization(ApiRoles.MinistryPolicy)
            .WithSummary("Vastgelegde voorschotberekeningen")
            .WithDescription("De vastgelegde voorschotberekeningen, nieuwste eerst, per pagina (pagina vanaf 1, paginaGrootte 1 tot en met 100, standaard 20).");

        group.MapGet("/{id}", Get)
            .AddEndpointFilter(IdRouteFilter.Guid)
            .WithName("getVoorschotberekening")
            .WithSummary("Een vastgelegde voorschotberekening")
            .WithDescription("Geeft een eerder gemaakte voorschotberekening terug, precies zoals de POST haar gaf.")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<CreatedStoredJson<AdvanceCalculationResponse>, BodyProblem>> Create(HttpContext http, ParameterCatalogue catalogue, ReferenceDataSet data, StoredCalculations calculations)
    {
        var input = await CheckedBody.CalculateAsync(
            http,
            (CreateAdvanceCalculationRequest body, InputErrorsBuilder errors) => body.ToDomain(errors),
            request => AdvanceCalculator.Validate(catalogue, data, request),
            request => AdvanceCalculator.Calculate(catalogue, data, request)).ConfigureAwait(false);
        if (input.Problem is { } problem)
        {
            return problem;
        }

        var result = input.Result!;
        return await calculations.CreateAsync(http, CalculationKinds.Advance, CollectionPath, input.Text, result.Explanation.ParameterVersion, (id, at) => AdvanceCalculationResponse.Of(id, at, result)).ConfigureAwait(false);
    }

    /// <param name="http">The request.</param>
    /// <param name="calculations">The stored calculations.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 100 (standaard 20).</param>
    private static Task<Results<Ok<CalculationListResponse>, ValidationProblem>> List(HttpContext http, StoredCalculations calculations, int? pagina, int? paginaGrootte) =>
        calculations.ListAsync(http, CalculationKinds.Advance, CollectionPath, pagina, paginaGrootte);

    /// <param name="id">Het id van de berekening (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="calculations">The stored calculations.</param>
    private static Task<Results<StoredJson<AdvanceCalculationResponse>, NotFoundProblem>> Get(string id, HttpContext http, StoredCalculations calculations) =>
        calculations.GetAsync<AdvanceCalculationResponse>(http, CalculationKinds.Advance, id, "voorschotberekening");
}
