using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Onderwijsroute.Funding.Scenarios.Documents;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// A value read and written by <see cref="NumberOrTextJsonConverter"/> (an override's <c>waarde</c>) is a number or a
/// string in the contract, like every parameter value; the CLR type alone (a string) would say "string only".
/// </summary>
internal sealed class NumberOrTextSchemaFilter : ConcreteSchemaFilter
{
    protected override void Amend(OpenApiSchema schema, SchemaFilterContext context)
    {
        var converter = context.MemberInfo?.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
        if (converter != typeof(NumberOrTextJsonConverter))
        {
            return;
        }

        // Like ParameterValueJson's schema: a oneOf without a null branch (OpenAPI 3.0 has no "nullable" without a type).
        schema.Type = null;
        schema.Format = null;
        schema.OneOf = [new OpenApiSchema { Type = JsonSchemaType.Number }, new OpenApiSchema { Type = JsonSchemaType.String }];
    }
}
