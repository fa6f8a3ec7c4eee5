using System.Text.Json;
using Microsoft.OpenApi;
using Onderwijsroute.Funding.Api.V1.Advances;
using Onderwijsroute.Funding.Api.V1.Forecasts;
using Onderwijsroute.Funding.Api.V1.Keys;
using Onderwijsroute.Funding.Api.V1.Settlements;
using Onderwijsroute.Funding.Scenarios.Documents;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// Marks what the validator requires as <c>required</c> and not nullable, so that a generated client cannot leave it
/// out (issue 18). The request types keep nullable properties on purpose: a missing field must reach the validator,
/// which names every missing field at once in Dutch, instead of failing the JSON reader on the first. The table is
/// the validator's unconditional "Verplicht" checks (<c>Shape</c>, the scenario rules); RequiredInTheContractTests
/// probes the service and fails when the two part. Fields required only together with another (<c>huisvestingsjaar</c>
/// from 2026, <c>sleutel</c> with methode sleutel) stay optional.
/// </summary>
internal sealed class RequiredFieldsSchemaFilter : ConcreteSchemaFilter
{
    private static readonly Dictionary<Type, string[]> Required = new()
    {
        [typeof(CreateKeyRequest)] = [nameof(CreateKeyRequest.Naam), nameof(CreateKeyRequest.Rol)],
        [typeof(CreateAdvanceCalculationRequest)] = [nameof(CreateAdvanceCalculationRequest.Regeling), nameof(CreateAdvanceCalculationRequest.Jaar)],
        [typeof(RegionWeightInput)] = [nameof(RegionWeightInput.ArbeidsmarktregioCode), nameof(RegionWeightInput.Gewicht)],
        [typeof(CreateSettlementCalculationRequest)] =
            [nameof(CreateSettlementCalculationRequest.Regeling), nameof(CreateSettlementCalculationRequest.Jaar), nameof(CreateSettlementCalculationRequest.Aantallen)],
        [typeof(MunicipalityCountInput)] = [nameof(MunicipalityCountInput.GemeenteCode), nameof(MunicipalityCountInput.Aantal)],
        [typeof(MunicipalityAmountInput)] = [nameof(MunicipalityAmountInput.GemeenteCode), nameof(MunicipalityAmountInput.Bedrag)],
        [typeof(CreateForecastCalculationRequest)] = [nameof(CreateForecastCalculationRequest.VanJaar), nameof(CreateForecastCalculationRequest.TotEnMetJaar)],
        [typeof(SaveForecastRequest)] = [nameof(SaveForecastRequest.VanJaar), nameof(SaveForecastRequest.TotEnMetJaar), nameof(SaveForecastRequest.Naam)],
        [typeof(TrajectoryInput)] = [nameof(TrajectoryInput.Startdatum), nameof(TrajectoryInput.Niveau)],
        [typeof(StarterInput)] = [nameof(StarterInput.Jaar), nameof(StarterInput.Niveau), nameof(StarterInput.Aantal)],
        [typeof(YearAmountInput)] = [nameof(YearAmountInput.Jaar), nameof(YearAmountInput.Bedrag)],
        [typeof(NationalCountInput)] = [nameof(NationalCountInput.Jaar), nameof(NationalCountInput.Aantal)],
        [typeof(OverrideInput)] = [nameof(OverrideInput.Regeling), nameof(OverrideInput.Parameter), nameof(OverrideInput.Jaar), nameof(OverrideInput.Waarde)],
        [typeof(ScenarioDocument)] =
            [nameof(ScenarioDocument.Naam), nameof(ScenarioDocument.Omschrijving), nameof(ScenarioDocument.Jaren), nameof(ScenarioDocument.Spreiding), nameof(ScenarioDocument.Prijzen)],
        [typeof(ScenarioYearsDocument)] = [nameof(ScenarioYearsDocument.Van), nameof(ScenarioYearsDocument.TotEnMet)],
        [typeof(ScenarioOverrideDocument)] =
            [nameof(ScenarioOverrideDocument.Regeling), nameof(ScenarioOverrideDocument.Parameter), nameof(ScenarioOverrideDocument.Van), nameof(ScenarioOverrideDocument.Waarde)],
        [typeof(SpreadDocument)] = [nameof(SpreadDocument.Status), nameof(SpreadDocument.Bron)],
        [typeof(ParticipantsDocument)] = [nameof(ParticipantsDocument.Status), nameof(ParticipantsDocument.Bron)],
        [typeof(PricesDocument)] =
            [nameof(PricesDocument.Prijspeiljaar), nameof(PricesDocument.Indexatie), nameof(PricesDocument.DuurMaanden), nameof(PricesDocument.Status), nameof(PricesDocument.Bron)],
        [typeof(PotDocument)] = [nameof(PotDocument.BedragPerJaar), nameof(PotDocument.Status), nameof(PotDocument.Bron)],
        [typeof(LevelGuaranteeDocument)] = [nameof(LevelGuaranteeDocument.Status), nameof(LevelGuaranteeDocument.Bron)],
        [typeof(UncertaintyDocument)] = [nameof(UncertaintyDocument.VariatiecoefficientDeelnemers), nameof(UncertaintyDocument.Status), nameof(UncertaintyDocument.Bron)],
    };

    protected override void Amend(OpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type is not { } type || !Required.TryGetValue(type, out var members))
        {
            return;
        }

        foreach (var member in members)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(member);
            if (schema.Properties?.TryGetValue(name, out var property) != true)
            {
                throw new InvalidOperationException($"{type.Name} has no property '{name}' in the contract.");
            }

            schema.Required ??= new SortedSet<string>(StringComparer.Ordinal);
            schema.Required.Add(name);
            if (property is OpenApiSchema value)
            {
                value.Type &= ~JsonSchemaType.Null;
            }
        }
    }
}
