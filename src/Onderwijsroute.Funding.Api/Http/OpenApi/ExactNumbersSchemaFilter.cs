using System.Reflection;
using Microsoft.OpenApi;
using Onderwijsroute.Funding.Api.V1.Advances;
using Onderwijsroute.Funding.Api.V1.Forecasts;
using Onderwijsroute.Funding.Api.V1.Scenarios;
using Onderwijsroute.Funding.Api.V1.Settlements;
using Onderwijsroute.Funding.Scenarios.Documents;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// Keeps the document honest about numbers (issue 18): every amount — a C# <c>decimal</c> — is
/// <c>type: number, format: decimal</c>, so that generated clients read money as a decimal, never a double. Two kinds
/// of decimal are no amount and are named here: the counts and weights of a request, integers in the contract (the
/// request types read them as decimals only so that <c>12.5</c> gets a Dutch "must be a whole number" naming the
/// field), and fractions and coefficients (<c>type: number</c> without a format). No amount is an integer: whether an
/// amount is whole depends on a dated parameter (<c>afrondingseenheid</c>, 1 euro or 0.01), not on the contract.
/// MoneyInTheContractTests checks the result by the JSON names, from the other side.
/// </summary>
internal sealed class ExactNumbersSchemaFilter : ConcreteSchemaFilter
{
    private static readonly HashSet<MemberInfo> Counts =
    [
        Member<MunicipalityCountInput>(nameof(MunicipalityCountInput.Aantal)),
        Member<RegionWeightInput>(nameof(RegionWeightInput.Gewicht)),
        Member<NationalCountInput>(nameof(NationalCountInput.Aantal)),
        Member<StarterInput>(nameof(StarterInput.Aantal)),
    ];

    private static readonly HashSet<MemberInfo> Fractions =
    [
        Member<CreateForecastCalculationRequest>(nameof(CreateForecastCalculationRequest.AandeelGemeentefonds)),
        Member<ForecastYearResponse>(nameof(ForecastYearResponse.Dekkingsgraad)),
        Member<CreateUncertaintyAnalysisRequest>(nameof(CreateUncertaintyAnalysisRequest.VariatiecoefficientDeelnemers)),
        Member<CreateUncertaintyAnalysisRequest>(nameof(CreateUncertaintyAnalysisRequest.VariatiecoefficientPrijs)),
        Member<UncertaintyAnalysisResponse>(nameof(UncertaintyAnalysisResponse.VariatiecoefficientDeelnemers)),
        Member<UncertaintyAnalysisResponse>(nameof(UncertaintyAnalysisResponse.VariatiecoefficientPrijs)),
        Member<UncertaintyDocument>(nameof(UncertaintyDocument.VariatiecoefficientDeelnemers)),
        Member<UncertaintyDocument>(nameof(UncertaintyDocument.VariatiecoefficientPrijs)),
        Member<PricesDocument>(nameof(PricesDocument.Indexatie)),
        Member<PricesDocument>(nameof(PricesDocument.Niveauverdeling)),
    ];

    protected override void Amend(OpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type is not { } type)
        {
            return;
        }

        var member = context.MemberInfo is { } info ? Member(info) : null;
        if (member is not null && Fractions.Contains(member))
        {
            // A fraction may be a number or a dictionary of them (niveauverdeling); its values lose the amount's format.
            foreach (var number in new[] { schema, schema.AdditionalProperties as OpenApiSchema, schema.Items as OpenApiSchema })
            {
                if (number is not null && number.Type?.HasFlag(JsonSchemaType.Number) == true)
                {
                    number.Format = null;
                }
            }
        }
        else if (type == typeof(decimal) || type == typeof(decimal?))
        {
            if (member is not null && Counts.Contains(member))
            {
                schema.Type = JsonSchemaType.Integer | (schema.Type & JsonSchemaType.Null);
                schema.Format = "int64";
            }
            else
            {
                schema.Format = "decimal";
            }
        }
    }

    private static MemberInfo Member<T>(string name) => Member(typeof(T).GetProperty(name) ?? throw new InvalidOperationException($"{typeof(T).Name}.{name} is gone."));

    /// <summary>The member as its declaring type has it, so that an inherited one (SaveForecastRequest's) is found too.</summary>
    private static MemberInfo Member(MemberInfo member) =>
        member.DeclaringType is { } declaring && member.ReflectedType != declaring ? declaring.GetMember(member.Name).FirstOrDefault() ?? member : member;
}
