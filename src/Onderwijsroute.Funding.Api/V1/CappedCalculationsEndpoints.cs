using Onderwijsroute.Funding.Api.V1.Advances;
using Onderwijsroute.Funding.Api.V1.Settlements;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Api.V1;

/// <summary>
/// The two stored calculations of a capped scheme: <c>/v1/voorschotberekeningen</c> (the advance, by the scheme's
/// distribution key) and <c>/v1/vaststellingsberekeningen</c> (the settlement, by the counts on 31 December, set off
/// against the advance). Each is a kind and what it computes with; <see cref="StoredCalculationRoutes"/> maps the POST,
/// the list and the read the same for both, so they are declared here side by side.
/// </summary>
internal static class CappedCalculationsEndpoints
{
    private static readonly StoredCalculationKind AdvanceKind = new(CalculationKinds.Advance, "/v1/voorschotberekeningen", "Voorschotberekeningen", "voorschotberekening", "voorschotberekeningen");

    private static readonly StoredCalculator<CreateAdvanceCalculationRequest, AdvanceRequest, AdvanceResult, AdvanceCalculationResponse> Advance =
        new((body, errors) => body.ToDomain(errors), AdvanceCalculator.Validate, AdvanceCalculator.Calculate, result => result.Explanation, AdvanceCalculationResponse.Of);

    private static readonly StoredCalculationKind SettlementKind = new(CalculationKinds.Settlement, "/v1/vaststellingsberekeningen", "Vaststellingsberekeningen", "vaststellingsberekening", "vaststellingsberekeningen");

    private static readonly StoredCalculator<CreateSettlementCalculationRequest, SettlementRequest, SettlementResult, SettlementCalculationResponse> Settlement =
        new((body, errors) => body.ToDomain(errors), SettlementCalculator.Validate, SettlementCalculator.Calculate, result => result.Explanation, SettlementCalculationResponse.Of);

    public static IEndpointRouteBuilder MapCappedCalculations(this IEndpointRouteBuilder app)
    {
        app.MapStoredCalculations(AdvanceKind, Advance)
            .WithSummary("Bereken voorschotten")
            .WithDescription("Verdeelt het budget van een gemaximeerde regeling voor één jaar naar de verdeelsleutel van de regeling (naar rato, hele euro's, grootste rest, bij gelijke rest de laagste code). De berekening wordt vastgelegd met invoer, parameterversie en resultaat; het antwoord is 201 met Location. Met ?opslaan=false wordt niets vastgelegd: 200 met hetzelfde antwoord, id null en geen Location.")
            .WithMetadata(new JsonRequestBody(typeof(CreateAdvanceCalculationRequest), """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 15900000, "peildatumInwoners": "2024-01-01" }"""));
        app.MapStoredCalculations(SettlementKind, Settlement)
            .WithSummary("Bereken definitieve bedragen en de vaststelling")
            .WithDescription("Verdeelt het budget naar het aantal asielstatushouders in de onderwijsroute per gemeente op 31 december en zet het definitieve bedrag af tegen het voorschot: verschil = vastgesteld − voorschot. Zonder voorschotten worden die met de voorschotregel berekend. De berekening wordt vastgelegd; het antwoord is 201 met Location. Met ?opslaan=false wordt niets vastgelegd: 200 met hetzelfde antwoord, id null en geen Location.")
            .WithMetadata(new JsonRequestBody(
                typeof(CreateSettlementCalculationRequest),
                """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ { "gemeenteCode": "GM0363", "aantal": 40 }, { "gemeenteCode": "GM0014", "aantal": 12 } ], "voorschotten": [ { "gemeenteCode": "GM0363", "bedrag": 820000 } ] }"""));
        return app;
    }
}
