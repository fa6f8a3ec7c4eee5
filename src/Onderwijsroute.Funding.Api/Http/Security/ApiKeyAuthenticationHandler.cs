using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header. No header: anonymous (no result). A header with a key that does not
/// exist, does not match, is revoked or has expired: failure, which <see cref="SecuritySetup"/> answers with 401 on
/// every /v1 path. Challenges are 401 and forbidden 403, both Dutch problem+json. The key never reaches a log.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiRoles.HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var record = values.Count == 1 ? await keys.ValidateAsync(values[0], Context.RequestAborted).ConfigureAwait(false) : null;
        if (record is null)
        {
            // The message is logged by the framework: it names no key.
            return AuthenticateResult.Fail("Unknown, revoked or expired API key.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, record.Id),
            new(ClaimTypes.Name, record.Name),
            new(ClaimTypes.Role, record.Role),
        };
        if (record.Scope is { } scope)
        {
            claims.Add(new Claim(ApiRoles.ScopeClaim, scope));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiRoles.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiRoles.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(Context, problems, StatusCodes.Status401Unauthorized);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(Context, problems, StatusCodes.Status403Forbidden, ForbiddenDetail(Context));

    /// <summary>Writes a 401 or 403 problem (Dutch title, and the detail given or that of <see cref="DutchProblems"/>).</summary>
    public static async Task WriteProblemAsync(HttpContext http, IProblemDetailsService problems, int status, string? detail = null)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = ApiRoles.Scheme + " header=\"" + ApiRoles.HeaderName + "\"";
        }

        var problem = new ProblemDetails { Status = status, Detail = detail, Title = detail is null ? null : DutchProblems.TitleOf(status) };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).ConfigureAwait(false);
    }

    /// <summary>A 403 names the role the endpoint needs and the one the key has, so the caller knows which key to ask for.</summary>
    private static string ForbiddenDetail(HttpContext http)
    {
        var needed = (http.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() ?? [])
            .Select(a => a.Policy)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(ApiRoles.RolesOf)
            .ToArray();
        var role = http.User.FindFirstValue(ClaimTypes.Role);
        return needed.Length == 0
            ? $"Uw API-sleutel (rol {role}) heeft geen toegang tot deze resource."
            : $"Deze resource vereist een API-sleutel met de rol {string.Join(" en ", needed)}; uw sleutel heeft de rol {role}.";
    }
}
