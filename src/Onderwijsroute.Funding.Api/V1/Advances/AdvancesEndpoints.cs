using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Api.V1.Advances;

/// <summary><c>POST /v1/voorschotberekeningen</c> and <c>GET /v1/voorschotberekeningen/{id}</c>.</summary>
internal static class AdvancesEndpoints
{
    private static readonly StoredCalculationKind Kind = new(CalculationKinds.Advance, "/v1/voorschotberekeningen", "Voorschotberekeningen", "voorschotberekening", "voorschotberekeningen");

    private static readonly StoredCalculator<CreateAdvanceCalculationRequest, AdvanceRequest, AdvanceResult, AdvanceCalculationResponse> Calculator =
        new((body, errors) => body.ToDomain(errors), AdvanceCalculator.Validate, AdvanceCalculator.Calculate, result => result.Explanation, AdvanceCalculationResponse.Of);

    public static IEndpointRouteBuilder MapAdvances(this IEndpointRouteBuilder app)
    {
        app.MapStoredCalculations<AdvanceCalculationResponse>(Kind, Create)
            .WithSummary("Bereken voorschotten")
            .WithDescription("Verdeelt het budget van een gemaximeerde regeling voor één jaar naar de verdeelsleutel van de regeling (naar rato, hele euro's, grootste rest, bij gelijke rest de laagste code). De berekening wordt vastgelegd met invoer, parameterversie en resultaat; het antwoord is 201 met Location. Met ?opslaan=false wordt niets vastgelegd: 200 met hetzelfde antwoord, id null en geen Location.")
            .WithMetadata(new JsonRequestBody(typeof(CreateAdvanceCalculationRequest), """{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "budget": 15900000, "peildatumInwoners": "2024-01-01" }"""));
        return app;
    }

    /// <param name="http">The request.</param>
    /// <param name="calculations">The store of calculations.</param>
    /// <param name="opslaan">Optioneel, standaard true: met false wordt de voorschotberekening alleen berekend en beantwoord (200, id null, geen Location) en niet vastgelegd.</param>
    private static Task<Results<CreatedStoredJson<AdvanceCalculationResponse>, StoredJson<AdvanceCalculationResponse>, BodyProblem>> Create(HttpContext http, StoredCalculations calculations, bool? opslaan) =>
        calculations.CalculateAsync(http, Kind, Calculator, opslaan != false);
}
