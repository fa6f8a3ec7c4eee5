using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Onderwijsroute.Funding.Api.Http.Security;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// Declares access control in the document: the <c>X-Api-Key</c> security scheme on every operation, required where
/// the operation needs a key (with its 401 and 403) and optional elsewhere (<c>security: [{}, {apiKey: []}]</c>: a key
/// may be sent, and a bad one is a 401 there too, so linters and generated clients know the header); a 401 for an
/// invalid key and a 429 with <c>Retry-After</c> everywhere; and on every write the 503 of a store that takes no writes
/// (<see cref="StorageGuardMiddleware"/>).
/// </summary>
internal sealed class SecurityOperationFilter : IOperationFilter
{
    /// <summary>The name of the security scheme in the document's components.</summary>
    public const string SchemeName = "apiKey";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).Distinct().ToArray();
        var needsKey = policies.Length > 0 && !metadata.OfType<IAllowAnonymous>().Any();
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses ??= [];

        OpenApiResponse Problem(string description) => new()
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };

        operation.Responses["401"] = Problem(needsKey
            ? "Niet geauthenticeerd: de API-sleutel in X-Api-Key ontbreekt, is onbekend, ingetrokken of verlopen."
            : "Niet geauthenticeerd: er is een API-sleutel in X-Api-Key gestuurd die onbekend, ingetrokken of verlopen is (zonder sleutel is deze operatie vrij toegankelijk).");
        if (needsKey)
        {
            operation.Responses["403"] = Problem("Geen toegang: de sleutel heeft niet de vereiste rol (" + string.Join(", ", policies.Select(ApiRoles.RolesOf)) + ").");
            if (policies.Contains(ApiRoles.ForecastsPolicy))
            {
                operation.Responses["404"] = Problem("Niet gevonden, ook voor een gemeente buiten de scope van de sleutel (het bestaan van andermans prognoses wordt niet onthuld).");
            }
        }

        var key = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] };
        operation.Security = needsKey ? [key] : [new OpenApiSecurityRequirement(), key];

        var retryAfter = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader { Description = "Na hoeveel seconden een nieuw verzoek kans heeft.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
        };
        var tooMany = Problem("Te veel verzoeken (per sleutel of per adres, te veel mislukte pogingen met een sleutel, of te veel gelijktijdige zware berekeningen); probeer het opnieuw na Retry-After seconden.");
        tooMany.Headers = retryAfter;
        operation.Responses["429"] = tooMany;

        var method = context.ApiDescription.HttpMethod ?? string.Empty;
        if ((HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method) || HttpMethods.IsPatch(method))
            && !metadata.OfType<AuditMiddleware.NotAWrite>().Any())
        {
            var unavailable = Problem("Niet beschikbaar.");
            unavailable.Headers = retryAfter;
            operation.Responses["503"] = unavailable;
        }
    }
}
