namespace Onderwijsroute.Funding.Api.Http;

/// <summary>The facts about this API that the OpenAPI document and every response share.</summary>
internal static class ApiInfo
{
    /// <summary>
    /// The full semantic version of the contract: <c>info.version</c> of the OpenAPI document and the value of the
    /// <c>API-Version</c> header on every response (ADR /core/version-header).
    /// </summary>
    public const string Version = "1.1.0";

    /// <summary>The major version as the URI carries it (ADR /core/uri-version).</summary>
    public const string Prefix = "/v1";

    /// <summary>The name of the OpenAPI document (and its route segment).</summary>
    public const string DocumentName = "v1";

    /// <summary>Where the OpenAPI document is published.</summary>
    public const string OpenApiPath = "/v1/openapi.json";

    /// <summary>Where the interactive documentation (Swagger UI) is served.</summary>
    public const string DocsPath = "/v1/docs";

    /// <summary>The response header that carries <see cref="Version"/>.</summary>
    public const string VersionHeader = "API-Version";

    /// <summary>The contact of the OpenAPI document (ADR /core/doc-openapi-contact).</summary>
    public const string ContactName = "Team Onderwijsroute.Funding";

    /// <summary>Where integrators find the team.</summary>
    public const string ContactUrl = "https://onderwijsroute-funding.example.org/contact";

    /// <summary>The team's mailbox.</summary>
    public const string ContactEmail = "api@onderwijsroute-funding.example.org";

    /// <summary>
    /// The licence of the code and the contract (LICENSE at the root of the repository): the European Union Public
    /// Licence, which Dutch government software usually takes (it is available in Dutch, with EU law applicable).
    /// </summary>
    public const string LicenseName = "EUPL-1.2";

    /// <summary>The official text of <see cref="LicenseName"/>.</summary>
    public const string LicenseUrl = "https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12";
}
