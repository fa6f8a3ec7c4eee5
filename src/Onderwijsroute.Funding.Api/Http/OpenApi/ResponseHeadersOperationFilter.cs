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
    private static readonly Dictionary<string, string> DutchDescriptions = new(StringComparer.Ordinal)
    {
        ["200"] = "OK.",
        ["201"] = "Aangemaakt: de berekening is vastgelegd; Location wijst haar aan.",
        ["400"] = "Ongeldige invoer: errors noemt elk ongeldig veld (JSON-pad) met een Nederlandse melding.",
        ["404"] = "Niet gevonden.",
        ["413"] = "De body is groter dan 1 MiB.",
        ["503"] = "Niet gereed: de database of de parameters zijn niet beschikbaar.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            if (DutchDescriptions.TryGetValue(status, out var description))
            {
                concrete.Description = description;
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
                    ["application/json"] = new()
                    {
                        Schema = context.SchemaGenerator.GenerateSchema(body.Type, context.SchemaRepository),
                        Example = JsonNode.Parse(body.Example),
                    },
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
