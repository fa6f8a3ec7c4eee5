using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// Declares the headers the middleware sets: <c>API-Version</c> on every response (ADR /core/version-header),
/// <c>Location</c> on a 201, the <c>ETag</c> of a versioned resource (and the <c>If-Match</c> its writes need), and the
/// <c>Link</c> and <c>X-Total-Count</c>/<c>X-Pagination-*</c> headers of a page of a list; declares the 406 every
/// operation may answer (<see cref="ResponseFormats"/>); gives date query parameters <c>format: date</c>; describes a
/// <see cref="JsonRequestBody"/>.
/// </summary>
internal sealed class ResponseHeadersOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, string> DutchDescriptions = new(StringComparer.Ordinal)
    {
        ["200"] = "OK.",
        ["201"] = "Aangemaakt: de berekening is vastgelegd; Location wijst haar aan.",
        ["400"] = "Ongeldige invoer: errors noemt elk ongeldig veld (JSON-pad) met een Nederlandse melding.",
        ["204"] = "Verwijderd.",
        ["404"] = "Niet gevonden.",
        ["406"] = "Niet aanvaardbaar: Accept of ?formaat= vraagt een vorm die deze resource niet heeft (alle resources: application/json; prognoses, doorrekeningen, vergelijkingen en resultaten van onzekerheidsanalyses ook text/csv en xlsx).",
        ["409"] = "Conflict: de naam is bij deze eigenaar al in gebruik.",
        ["412"] = "Voorwaarde niet vervuld: de ETag in If-Match is verouderd; lees de resource opnieuw.",
        ["428"] = "Voorwaarde vereist: stuur If-Match met de ETag van de laatst gelezen versie.",
        ["413"] = "De body is groter dan 1 MiB.",
        ["503"] = "Niet beschikbaar: de database of de parameters zijn niet beschikbaar, de opslag neemt nu geen wijzigingen aan (vol, beschadigd of niet beschrijfbaar) of een wachtrij is vol; Retry-After zegt, als hij er is, wanneer opnieuw proberen zin heeft.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey("406"))
        {
            operation.Responses["406"] = new OpenApiResponse
            {
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) } },
            };
        }

        var paged = operation.Parameters?.Any(p => p is OpenApiParameter { In: ParameterLocation.Query, Name: "pagina" }) == true;
        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            // A forecast's file downloads are no JSON: their schema is a (binary) string, not the JSON body's.
            foreach (var (mediaType, content) in concrete.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (mediaType is "text/csv" or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                {
                    content.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = mediaType == "text/csv" ? null : "binary" };
                }
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
            // A stored forecast or scenario carries its ETag when created (201) and when read or replaced (200 on .../{id});
            // a route mapped on a group of its own (/v1/scenarios/{id}) has a relative path that ends in a slash.
            if (IsVersioned(context) && (status == "201" || (status == "200" && context.ApiDescription.RelativePath!.TrimEnd('/').EndsWith("{id}", StringComparison.Ordinal))))
            {
                concrete.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "De versie van de opgeslagen prognose of van het scenario; stuur haar terug in If-Match bij vervangen of verwijderen.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Example = JsonValue.Create("\"1\"") },
                };
            }

            if (paged && status == "200")
            {
                AddPageHeaders(concrete.Headers);
            }

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

        if (IsVersioned(context) && context.ApiDescription.HttpMethod is "PUT" or "DELETE")
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = "De ETag van de laatst gelezen versie. Zonder If-Match antwoordt de API 428, met een verouderde ETag 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { In: ParameterLocation.Query, Name: "peildatum" } date)
            {
                date.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
                date.Description = "Optioneel: toon per parameter alleen de waarde die op deze datum (jjjj-mm-dd) gold.";
            }
            else if (parameter is OpenApiParameter { In: ParameterLocation.Query, Name: StoredCalculationKind.StoreKey } store
                && context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<StoredCalculationKind>().FirstOrDefault() is { } kind)
            {
                store.Description = kind.StoreDescription;
            }
        }
    }

    private static bool IsVersioned(OperationFilterContext context) =>
        context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IfMatch.Versioned>().Any()
        || (context.ApiDescription.RelativePath?.StartsWith("v1/gemeenten/{gemeenteCode}/prognoses", StringComparison.Ordinal) == true
            && context.ApiDescription.RelativePath?.EndsWith("herberekening", StringComparison.Ordinal) != true);

    private static void AddPageHeaders(IDictionary<string, IOpenApiHeader> headers)
    {
        headers["Link"] = new OpenApiHeader
        {
            Description = "De andere pagina's (RFC 8288): self, first, prev (niet op de eerste pagina), next (niet op de laatste) en last, elk het pad met dezelfde filters, pagina en paginaGrootte.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Example = JsonValue.Create("</v1/doorrekeningen?pagina=2&paginaGrootte=20>; rel=\"next\"") },
        };
        foreach (var (name, description) in new[]
        {
            (PageLinks.TotalCount, "Het totale aantal items van de lijst (met de filters)."),
            (PageLinks.PageCount, "Het aantal pagina's."),
            (PageLinks.PageNumber, "Het nummer van deze pagina."),
            (PageLinks.PageLimit, "Het aantal items per pagina."),
        })
        {
            headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } };
        }
    }
}
