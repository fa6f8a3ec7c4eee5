using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Api.V1.Settlements;

/// <summary><c>POST /v1/vaststellingsberekeningen</c> and <c>GET /v1/vaststellingsberekeningen/{id}</c>.</summary>
internal static class SettlementsEndpoints
{
    private static readonly StoredCalculationKind Kind = new(CalculationKinds.Settlement, "/v1/vaststellingsberekeningen", "Vaststellingsberekeningen", "vaststellingsberekening", "vaststellingsberekeningen");

    private static readonly StoredCalculator<CreateSettlementCalculationRequest, SettlementRequest, SettlementResult, SettlementCalculationResponse> Calculator =
        new((body, errors) => body.ToDomain(errors), SettlementCalculator.Validate, SettlementCalculator.Calculate, result => result.Explanation, SettlementCalculationResponse.Of);

    public static IEndpointRouteBuilder MapSettlements(this IEndpointRouteBuilder app)
    {
        app.MapStoredCalculations<SettlementCalculationResponse>(Kind, Create)
            .WithSummary("Bereken definitieve bedragen en de vaststelling")
            .WithDescription("Verdeelt het budget naar het aantal asielstatushouders in de onderwijsroute per gemeente op 31 december en zet het definitieve bedrag af tegen het voorschot: verschil = vastgesteld − voorschot. Zonder voorschotten worden die met de voorschotregel berekend. De berekening wordt vastgelegd; het antwoord is 201 met Location. Met ?opslaan=false wordt niets vastgelegd: 200 met hetzelfde antwoord, id null en geen Location.")
            .WithMetadata(new JsonRequestBody(
                typeof(CreateSettlementCalculationRequest),
                """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 40 }, { "gemeenteCode": "GM0014", "aantal": 12 } ], "voorschotten": [ { "gemeenteCode": "GM0363", "bedrag": 820000 } ] }"""));
        return app;
    }

    /// <param name="http">The request.</param>
    /// <param name="calculations">The store of calculations.</param>
    /// <param name="opslaan">Optioneel, standaard true: met false wordt de vaststellingsberekening alleen berekend en beantwoord (200, id null, geen Location) en niet vastgelegd.</param>
    private static Task<Results<CreatedStoredJson<SettlementCalculationResponse>, StoredJson<SettlementCalculationResponse>, BodyProblem>> Create(HttpContext http, StoredCalculations calculations, bool? opslaan) =>
        calculations.CalculateAsync(http, Kind, Calculator, opslaan != false);
}
