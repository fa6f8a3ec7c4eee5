using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Onderwijsroute.Funding.Api.V1.Common;
using Onderwijsroute.Funding.Api.V1.Forecasts;
using Onderwijsroute.Funding.Api.V1.Settlements;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Settlement;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// An explanation's parameter blocks are written once and copied as bytes (docs/performance.md, "Load over HTTP"):
/// every answer must stay byte for byte what the serializer writes without that, served and stored.
/// </summary>
public sealed class ExplanationBytesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Forecasts => new()
    {
        """{ "gemeenteCode": "GM0014", "vanJaar": 2024, "totEnMetJaar": 2026, "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "prijs": 17000 }, { "startdatum": "2025-02-01", "niveau": "hbo-ntg", "contractvorm": "maatwerk" } ] }""",
        """{ "gemeenteCode": "GM1900", "vanJaar": 2024, "totEnMetJaar": 2026, "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "prijs": 17000 }, { "startdatum": "2025-02-01", "niveau": "hbo-ntg", "contractvorm": "maatwerk" } ] }""",
        ForecastCalculationEndpointsTests.Example,
        """{ "gemeenteCode": "GM0363", "vanJaar": 2024, "totEnMetJaar": 2029 }""",
        """{ "arbeidsmarktregioCode": "AM01", "vanJaar": 2024, "totEnMetJaar": 2027, "trajecten": [ { "startdatum": "2024-10-01", "niveau": "mbo4", "gemeenteCode": "GM0014" } ] }""",
        """{ "gemeenteCode": "GM0599", "vanJaar": 2024, "totEnMetJaar": 2026, "trajecten": [ { "startdatum": "2025-02-01", "niveau": "hbo-ntg", "contractvorm": "maatwerk" } ], "overschrijvingen": [ { "regeling": "prognose-aannames", "parameter": "reiskosten-per-maand-maatwerk", "jaar": 2025, "waarde": 12.5 } ] }""",
    };

    private JsonSerializerOptions? _plain;
    private JsonSerializerOptions? _copy;

    private JsonSerializerOptions Service => factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    private JsonSerializerOptions Plain => _plain ??= PlainOf(Service);

    // Another instance with the same settings: each block is written by the serializer, not copied.
    private JsonSerializerOptions Copy => _copy ??= new JsonSerializerOptions(Service);

    [Theory]
    [MemberData(nameof(Forecasts))]
    public async Task Forecast_ServedAndStoredBytes_AreThoseOfThePlainSerializer(string body)
    {
        var response = ForecastResponse.Of(ForecastCalculator.Calculate(Catalogue, Data, ForecastRequestOf(body)).Value);
        var plain = JsonSerializer.SerializeToUtf8Bytes(response, Plain);

        var served = await (await factory.CreateClient().PostAsync("/v1/prognoseberekeningen", HttpAssertions.Json(body))).Content.ReadAsByteArrayAsync();

        Assert.Equal(plain, served);
        Assert.Equal(plain, JsonSerializer.SerializeToUtf8Bytes(response, Service));
        Assert.Equal(plain, JsonSerializer.SerializeToUtf8Bytes(response, Copy));
    }

    [Fact]
    public async Task Settlement_ServedBytes_AreThoseOfThePlainSerializer()
    {
        var counts = string.Join(", ", Data.Municipalities.Select((m, i) => $$"""{ "gemeenteCode": "{{m.Code.Value}}", "aantal": {{i % 13}} }"""));
        var body = $$"""{ "regeling": "spuk-onderwijsroute-2023", "jaar": 2024, "aantallen": [ {{counts}} ] }""";
        var request = JsonSerializer.Deserialize<CreateSettlementCalculationRequest>(body, Service)!.ToDomain(new InputErrorsBuilder())!;
        var at = ApiFactory.Now.ToDateTimeOffset();
        var plain = JsonSerializer.SerializeToUtf8Bytes(SettlementCalculationResponse.Of(null, at, SettlementCalculator.Calculate(Catalogue, Data, request).Value), Plain);

        var served = await (await factory.CreateClient().PostAsync("/v1/vaststellingsberekeningen?opslaan=false", HttpAssertions.Json(body))).Content.ReadAsByteArrayAsync();

        Assert.Equal(plain, served);
    }

    [Fact]
    public void Explanation_ReadBack_GivesTheSameParameters()
    {
        var response = ForecastResponse.Of(ForecastCalculator.Calculate(Catalogue, Data, ForecastRequestOf(ForecastCalculationEndpointsTests.Example)).Value);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(response, Service);

        var read = JsonSerializer.Deserialize<ForecastResponse>(bytes, Service)!;

        Assert.Equal(response.Toelichting.Parameters, read.Toelichting.Parameters, UsedParameterEquality.Instance);
        Assert.Equal(bytes, JsonSerializer.SerializeToUtf8Bytes(read, Service));
    }

    private ParameterCatalogue Catalogue => factory.Services.GetRequiredService<ParameterCatalogue>();

    private ReferenceDataSet Data => factory.Services.GetRequiredService<ReferenceDataSet>();

    private ForecastRequest ForecastRequestOf(string body)
    {
        var input = JsonSerializer.Deserialize<CreateForecastCalculationRequest>(body, Service)!;
        var errors = new InputErrorsBuilder();
        return ForecastRequestReader.Read(input, ForecastRequestReader.ScopeOf(input, errors), errors)!;
    }

    // The service's options with the explanation's parameters written by the serializer itself, as before the blocks.
    private static JsonSerializerOptions PlainOf(JsonSerializerOptions service) => new(service)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Type == typeof(ExplanationResponse) ? info.Properties : [])
                    {
                        property.CustomConverter = null;
                    }
                },
            },
        },
    };

    private sealed class UsedParameterEquality : IEqualityComparer<UsedParameterResponse>
    {
        public static readonly UsedParameterEquality Instance = new();

        public bool Equals(UsedParameterResponse? x, UsedParameterResponse? y) =>
            x is not null && y is not null && x with { Bronnen = [] } == y with { Bronnen = [] } && x.Bronnen.SequenceEqual(y.Bronnen);

        public int GetHashCode(UsedParameterResponse obj) => obj.Naam.GetHashCode(StringComparison.Ordinal);
    }
}
