using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Onderwijsroute.Funding.Api.Http.OpenApi;

/// <summary>
/// Shapes the document as the ADR asks: the major version lives in <c>servers</c> (<c>/v1</c>), so the paths are
/// relative to it; the tags carry Dutch descriptions.
/// </summary>
internal sealed class V1DocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        var paths = new OpenApiPaths();
        foreach (var (path, item) in swaggerDoc.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            paths.Add(path.StartsWith(ApiInfo.Prefix + "/", StringComparison.Ordinal) ? path[ApiInfo.Prefix.Length..] : path, item);
        }

        swaggerDoc.Paths = paths;
        swaggerDoc.Servers = [new OpenApiServer { Url = ApiInfo.Prefix, Description = "Deze server, versie 1 van de API." }];
        swaggerDoc.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Gemeenten", Description = "De gemeenten van de CBS-indeling met inwoners per peildatum." },
            new() { Name = "Arbeidsmarktregio's", Description = "De 35 arbeidsmarktregio's met centrumgemeente, gemeenten en aanbod van de onderwijsroute." },
            new() { Name = "Regelingen", Description = "De regelingen met hun gedateerde parameters, bron en status." },
            new() { Name = "Voorschotberekeningen", Description = "Voorschotten van een gemaximeerde regeling; elke berekening wordt vastgelegd." },
            new() { Name = "Vaststellingsberekeningen", Description = "Definitieve bedragen en vaststelling tegen de voorschotten; elke berekening wordt vastgelegd." },
            new() { Name = "Beheer", Description = "Liveness en readiness van de dienst." },
            new() { Name = "Sleutels", Description = "API-sleutels beheren (rol beheer); een nieuwe sleutel wordt één keer getoond." },
        };
    }
}
