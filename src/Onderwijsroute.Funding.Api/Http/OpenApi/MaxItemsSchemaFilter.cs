using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>Shows the bound of a request list (<see cref="MaxItemsAttribute"/>) as <c>maxItems</c>, the same number <see cref="JsonBody"/> enforces.</summary>
internal sealed class MaxItemsSchemaFilter(ReferenceDataSet data) : ConcreteSchemaFilter
{
    protected override void Amend(OpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.MemberInfo?.GetCustomAttribute<MaxItemsAttribute>() is { } attribute)
        {
            schema.MaxItems = JsonListBounds.Resolve(attribute, data).Max;
        }
    }
}
