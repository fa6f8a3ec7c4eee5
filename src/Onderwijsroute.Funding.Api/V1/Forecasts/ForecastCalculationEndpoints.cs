using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Common.Export;
using Onderwijsroute.Funding.Api.V1.Forecasts.Export;
using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>
/// <c>POST /v1/prognoseberekeningen</c>: a forecast computed and answered, not stored. It answers JSON or a file, as
/// the caller asks, so its responses are declared with <c>Produces</c> rather than a typed result.
/// </summary>
internal static class ForecastCalculationEndpoints
{
    public const string Example = """
        { "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2029,
          "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "contractvorm": "gecontracteerd", "prijs": 17000 },
                         { "startdatum": "2025-02-01", "niveau": "hbo-ntg", "contractvorm": "maatwerk" },
                         { "startdatum": "2025-09-01", "niveau": "mbo3", "geboortedatum": "2008-06-15" } ],
          "starters": [ { "jaar": 2026, "niveau": "mbo4", "aantal": 3 } ],
          "overbruggingskosten": [ { "jaar": 2024, "bedrag": 5000 } ],
          "landelijkAantal": [ { "jaar": 2024, "aantal": 1400 } ] }
        """;

    public static IEndpointRouteBuilder MapForecastCalculations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/prognoseberekeningen", Calculate)
            .WithTags("Prognoses")
            .WithName("createPrognoseberekening")
            .WithMetadata(AuditMiddleware.NotAWrite.Instance)
            .WithSummary("Bereken een prognose (zonder op te slaan)")
            .WithDescription("Berekent voor een gemeente of arbeidsmarktregio per jaar de kosten, de inkomsten per regeling, de verwachte verrekening, de kaspositie, het tekort, de dekkingsgraad en het cumulatieve tekort, elk met toelichting; en de gevoeligheid voor het landelijke aantal. "
                + "Als CSV of xlsx met ?formaat=csv|csv-excel|xlsx of met Accept: text/csv of het xlsx-mediatype. De berekening wordt niet vastgelegd.")
            .WithMetadata(new JsonRequestBody(typeof(CreateForecastCalculationRequest), Example), ResponseFormats.Exports.Instance)
            .Produces<ForecastResponse>(StatusCodes.Status200OK, "application/json", ResponseFormats.CsvMediaType, ResponseFormats.XlsxMediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    /// <param name="http">The request.</param>
    /// <param name="catalogue">The parameters.</param>
    /// <param name="data">The reference data.</param>
    /// <param name="json">The JSON options.</param>
    /// <param name="clock">The clock (when the export was computed).</param>
    /// <param name="formaat">Optioneel: json (standaard), csv (RFC 4180), csv-excel (puntkomma en decimale komma, voor Nederlandse Excel) of xlsx.</param>
    private static async Task<IResult> Calculate(HttpContext http, ParameterCatalogue catalogue, ReferenceDataSet data, IOptions<JsonOptions> json, IClock clock, string? formaat)
    {
        _ = formaat; // read by ResponseFormats from the query; a parameter so that the contract documents it
        var format = ResponseFormats.Choose(http.Request).Format;

        var input = await CheckedBody.CalculateAsync(
            http,
            (CreateForecastCalculationRequest body, InputErrorsBuilder errors) => ForecastRequestReader.Read(body, ForecastRequestReader.ScopeOf(body, errors), errors),
            request => ForecastCalculator.Validate(catalogue, data, request),
            request => ForecastCalculator.Calculate(catalogue, data, request)).ConfigureAwait(false);
        if (input.Problem is { } problem)
        {
            return problem;
        }

        var result = input.Result!;
        var response = ForecastResponse.Of(result);
        if (format == ResponseFormat.Json)
        {
            return TypedResults.Ok(response);
        }

        var element = JsonSerializer.SerializeToElement(response, json.Value.SerializerOptions);
        var document = ForecastExport.Of(element, input.Text, clock.GetCurrentInstant(), "POST /v1/prognoseberekeningen", $"prognose-{result.Scope}-{response.VanJaar}-{response.TotEnMetJaar}", catalogue);
        return ExportFile.Of(format, document);
    }
}
