using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// Declares the headers the middleware sets: <c>API-Version</c> on every response (ADR /core/version-header) and
/// <c>Location</c> on a 201; gives date query parameters <c>format: date</c>; describes a <see cref="JsonRequestBody"/>.
/// </summary>
internal sealed class ResponseHeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[ApiInfo.VersionHeader] = new OpenApiHeader
            {
                Description = "De volledige versie van de API (semantic versioning), gelijk aan info.version.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Example = JsonValue.Create(ApiInfo.Version) },
            };
            if (status == "201")
            {
                concrete.Headers["Location"] = new OpenApiHeader
                {
                    Description = "Het pad van de vastgelegde berekening.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<JsonRequestBody>().FirstOrDefault() is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "Het verzoek als JSON (Content-Type: application/json, hoogstens 1 MiB).",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(body.Type, context.SchemaRepository) },
                },
            };
        }

        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { In: ParameterLocation.Query, Name: "peildatum" } date)
            {
                date.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
                date.Description = "Optioneel: toon per parameter alleen de waarde die op deze datum (jjjj-mm-dd) gold.";
            }
        }
    }
}
