using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// A schema filter that amends the schema Swashbuckle writes for a type or member. Swashbuckle hands a filter the
/// interface, which may be a reference to a schema written elsewhere; only a concrete schema can be amended, so this
/// base passes those alone and every filter of the contract leaves references as they are.
/// </summary>
internal abstract class ConcreteSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete)
        {
            Amend(concrete, context);
        }
    }

    /// <summary>Amends a concrete schema.</summary>
    /// <param name="schema">The schema as written so far.</param>
    /// <param name="context">The type and member it is written for.</param>
    protected abstract void Amend(OpenApiSchema schema, SchemaFilterContext context);
}
