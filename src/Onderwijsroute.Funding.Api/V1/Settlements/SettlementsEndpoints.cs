using Microsoft.AspNetCore.Http.HttpResults;
using Onderwijsroute.Funding.Api.Http;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Common;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Persistence;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Api.V1.Settlements;

/// <summary><c>POST /v1/vaststellingsberekeningen</c> and <c>GET /v1/vaststellingsberekeningen/{id}</c>.</summary>
internal static class SettlementsEndpoints
{
    private const string CollectionPath = "/v1/vaststellingsberekeningen";

    public static IEndpointRouteBuilder MapSettlements(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(CollectionPath).WithTags("Vaststellingsberekeningen");

        group.MapPost(string.Empty, Create)
            .WithName("createVaststellingsberekening")
            .WithSummary("Bereken definitieve bedragen en de vaststelling")
            .WithDescription("Verdeelt het budget naar het aantal asielstatushouders in de onderwijsroute per gemeente op 31 december en zet het definitieve bedrag af tegen het voorschot: verschil = vastgesteld − voorschot. Zonder voorschotten worden die met de voorschotregel berekend. De berekening wordt vastgelegd; het antwoord is 201 met Location.")
            .WithMetadata(new JsonRequestBody(
                typeof(CreateSettlementCalculationRequest),
                """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 40 }, { "gemeenteCode": "GM0014", "aantal": 12 } ], "voorschotten": [ { "gemeenteCode": "GM0363", "bedrag": 820000 } ] }"""));

        group.MapGet(string.Empty, List)
            .WithName("listVaststellingsberekeningen")
            .RequireAuthorization(ApiRoles.MinistryPolicy)
            .WithSummary("Vastgelegde vaststellingsberekeningen")
            .WithDescription("De vastgelegde vaststellingsberekeningen, nieuwste eerst, per pagina (pagina vanaf 1, paginaGrootte 1 tot en met 100, standaard 20).");

        group.MapGet("/{id}", Get)
            .AddEndpointFilter(IdRouteFilter.Guid)
            .WithName("getVaststellingsberekening")
            .WithSummary("Een vastgelegde vaststellingsberekening")
            .WithDescription("Geeft een eerder gemaakte vaststellingsberekening terug, precies zoals de POST haar gaf.")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<CreatedStoredJson<SettlementCalculationResponse>, BodyProblem>> Create(HttpContext http, ParameterCatalogue catalogue, ReferenceDataSet data, StoredCalculations calculations)
    {
        var input = await CheckedBody.CalculateAsync(
            http,
            (CreateSettlementCalculationRequest body, InputErrorsBuilder errors) => body.ToDomain(errors),
            request => SettlementCalculator.Validate(catalogue, data, request),
            request => SettlementCalculator.Calculate(catalogue, data, request)).ConfigureAwait(false);
        if (input.Problem is { } problem)
        {
            return problem;
        }

        var result = input.Result!;
        return await calculations.CreateAsync(http, CalculationKinds.Settlement, CollectionPath, input.Text, result.Explanation.ParameterVersion, (id, at) => SettlementCalculationResponse.Of(id, at, result)).ConfigureAwait(false);
    }

    /// <param name="http">The request.</param>
    /// <param name="calculations">The stored calculations.</param>
    /// <param name="pagina">De pagina, vanaf 1 (standaard 1).</param>
    /// <param name="paginaGrootte">Het aantal per pagina, 1 tot en met 100 (standaard 20).</param>
    private static Task<Results<Ok<CalculationListResponse>, ValidationProblem>> List(HttpContext http, StoredCalculations calculations, int? pagina, int? paginaGrootte) =>
        calculations.ListAsync(http, CalculationKinds.Settlement, CollectionPath, pagina, paginaGrootte);

    /// <param name="id">Het id van de berekening (een GUID).</param>
    /// <param name="http">The request.</param>
    /// <param name="calculations">The stored calculations.</param>
    private static Task<Results<StoredJson<SettlementCalculationResponse>, NotFoundProblem>> Get(string id, HttpContext http, StoredCalculations calculations) =>
        calculations.GetAsync<SettlementCalculationResponse>(http, CalculationKinds.Settlement, id, "vaststellingsberekening");
}
