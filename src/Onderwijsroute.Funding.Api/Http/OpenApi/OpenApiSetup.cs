using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// The OpenAPI document (Swashbuckle) at <c>/v1/openapi.json</c> and the interactive documentation (Swagger UI) at
/// <c>/v1/docs</c> (ADR /core/publish-openapi, /core/doc-language, /core/doc-openapi-contact).
/// </summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddV1OpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(ApiInfo.DocumentName, new OpenApiInfo
            {
                Title = "Onderwijsroute.Funding API",
                Version = ApiInfo.Version,
                Description = "Berekent de financiering van de onderwijsroute (Wet inburgering 2021): voorschotten en vaststellingen van de "
                    + "gemaximeerde regelingen, met de gemeenten, arbeidsmarktregio's en gedateerde parameters (met bron en status) waarop ze rusten, "
                    + "en prognoses van kosten, inkomsten, verrekening en tekort per jaar voor een gemeente of arbeidsmarktregio (ook als CSV en xlsx). "
                    + "Bedragen zijn getallen in euro's met hoogstens twee decimalen; codes zijn CBS-codes; datums jjjj-mm-dd. "
                    + "Elke berekening wordt vastgelegd en is later op id op te vragen. Fouten zijn application/problem+json.",
                Contact = new OpenApiContact
                {
                    Name = ApiInfo.ContactName,
                    Url = new Uri(ApiInfo.ContactUrl),
                    Email = ApiInfo.ContactEmail,
                },
                License = new OpenApiLicense { Name = ApiInfo.LicenseName, Url = new Uri(ApiInfo.LicenseUrl) },
            });
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "Onderwijsroute.Funding.Api.xml"));

            // The scenario document is a domain type (the YAML of the ready scenarios reads it too); its Dutch docs describe the contract.
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "Onderwijsroute.Funding.xml"));
            options.CustomSchemaIds(ContractSchemaIds.Of);
            options.SupportNonNullableReferenceTypes();
            // No type: a value is a number or a text by its unit. A oneOf of number and string made generated clients
            // (NSwag, Kiota) read every value as a double and fail on a text; without a type they keep the JSON value.
            options.MapType<ParameterValueJson>(() => new OpenApiSchema
            {
                Description = "Een getal (euro, aantal, jaren, fractie; exact, zoals in het parameterbestand) of een tekst (eenheid 'tekst').",
                Example = JsonValue.Create(15900000),
            });
            options.AddSecurityDefinition(SecurityOperationFilter.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Security.ApiRoles.HeaderName,
                Description = "Een API-sleutel (orf_…) met een rol: gemeente (eigen prognoses), regio (prognoses van de gemeenten van de arbeidsmarktregio), ministerie (scenario's, doorrekeningen, lijsten van berekeningen) of beheer (sleutelbeheer). Referentiedata, regelingen, health en de berekeningen zelf zijn zonder sleutel te gebruiken.",
            });
            options.DocumentFilter<V1DocumentFilter>();
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<ResponseHeadersOperationFilter>();
            options.SchemaFilter<ExactNumbersSchemaFilter>();
            options.SchemaFilter<MaxItemsSchemaFilter>();
            options.SchemaFilter<NumberOrTextSchemaFilter>();
            options.SchemaFilter<RequiredFieldsSchemaFilter>();
        });

        return services;
    }

    public static WebApplication UseV1OpenApi(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "{documentName}/openapi.json");
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = ApiInfo.DocsPath.TrimStart('/');
            options.SwaggerEndpoint(ApiInfo.OpenApiPath, "Onderwijsroute.Funding API v1");
            options.DocumentTitle = "Onderwijsroute.Funding API v1";
        });
        return app;
    }
}
