using Microsoft.OpenApi;
using Onderwijsroute.Funding.Api.V1.Advances;
using Onderwijsroute.Funding.Api.V1.Settlements;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// Keeps the document honest about numbers: amounts are exact decimals (no <c>format: double</c>), and the counts and
/// weights of a request are integers. The request types read them as decimals only so that <c>12.5</c> gets a
/// Dutch "must be a whole number" naming the field, alongside every other error.
/// </summary>
internal sealed class ExactNumbersSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || context.Type is not { } type || (type != typeof(decimal) && type != typeof(decimal?)))
        {
            return;
        }

        var member = context.MemberInfo;
        var isCount = member is not null
            && ((member.DeclaringType == typeof(MunicipalityCountInput) && member.Name == nameof(MunicipalityCountInput.Aantal))
                || (member.DeclaringType == typeof(RegionWeightInput) && member.Name == nameof(RegionWeightInput.Gewicht)));
        if (isCount)
        {
            concrete.Type = JsonSchemaType.Integer | (concrete.Type & JsonSchemaType.Null);
            concrete.Format = "int64";
        }
        else
        {
            concrete.Format = null;
        }
    }
}
