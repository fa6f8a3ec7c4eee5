using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>Shows the bound of a request list (<see cref="MaxItemsAttribute"/>) as <c>maxItems</c>, the same number <see cref="JsonBody"/> enforces.</summary>
internal sealed class MaxItemsSchemaFilter(ReferenceDataSet data) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && context.MemberInfo?.GetCustomAttribute<MaxItemsAttribute>() is { } attribute)
        {
            concrete.MaxItems = JsonListBounds.Resolve(attribute, data).Max;
        }
    }
}
