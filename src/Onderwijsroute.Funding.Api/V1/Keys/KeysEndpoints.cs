using NodaTime;
using NodaTime.Text;
using Onderwijsroute.Funding.Api.Http.Security;

namespace Onderwijsroute.Funding.Api.V1.Keys;

/// <summary><c>/v1/sleutels</c>: key management for a <c>beheer</c> key (create, list, revoke). A new key is shown once.</summary>
internal static class KeysEndpoints
{
    public static IEndpointRouteBuilder MapKeys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/sleutels").WithTags("Sleutels").RequireAuthorization(ApiRoles.ManagementPolicy);

        group.MapPost(string.Empty, Create)
            .WithName("createSleutel")
            .WithSummary("Maak een API-sleutel")
            .WithDescription("Maakt een sleutel met naam, rol (gemeente, regio, ministerie, beheer), scope (gemeentecode voor gemeente, arbeidsmarktregio voor regio) en optioneel een vervaldatum. De sleutel staat alleen in dit antwoord; opgeslagen wordt een gezouten hash.")
            .WithMetadata(new JsonRequestBody(typeof(CreateKeyRequest), """{ "naam": "Gemeente Groningen, team inburgering", "rol": "gemeente", "scope": "GM0014", "verlooptOp": "2027-01-01" }"""))
            .Produces<CreatedKeyResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet(string.Empty, List)
            .WithName("listSleutels")
            .WithSummary("De API-sleutels")
            .WithDescription("Elke sleutel met id, naam, rol, scope, data en intrekking; nooit de sleutel zelf.")
            .Produces<KeyListResponse>();

        group.MapDelete("/{id}", Revoke)
            .WithName("revokeSleutel")
            .WithSummary("Trek een API-sleutel in")
            .WithDescription("Een ingetrokken sleutel geeft vanaf nu 401.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesLookupProblems();
        return app;
    }

    /// <param name="http">The request.</param>
    /// <param name="keys">The key store.</param>
    private static async Task<IResult> Create(HttpContext http, ApiKeyStore keys)
    {
        var body = await JsonBody.ReadAsync<CreateKeyRequest>(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var request = body.Value!;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (ApiKeyStore.NameProblem(request.Naam) is { } nameProblem)
        {
            errors["naam"] = [nameProblem];
        }

        if (keys.ScopeProblem(request.Rol, request.Scope) is { } scopeProblem)
        {
            errors[request.Rol is null || !ApiRoles.All.Contains(request.Rol) ? "rol" : "scope"] = [scopeProblem];
        }

        Instant? expires = null;
        if (request.VerlooptOp is { } text)
        {
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                expires = parsed.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
                if (keys.ExpiryProblem(expires) is { } expiryProblem)
                {
                    errors["verlooptOp"] = [expiryProblem];
                }
            }
            else
            {
                errors["verlooptOp"] = ["Een datum jjjj-mm-dd."];
            }
        }

        if (errors.Count > 0)
        {
            return DutchProblems.InvalidInput(errors);
        }

        var (record, key) = keys.Create(request.Naam!, request.Rol!, request.Scope, expires);
        http.Response.Headers.Location = "/v1/sleutels/" + record.Id;
        return TypedResults.Created("/v1/sleutels/" + record.Id, new CreatedKeyResponse(KeyResponse.Of(record), key));
    }

    /// <param name="keys">The key store.</param>
    private static Microsoft.AspNetCore.Http.HttpResults.Ok<KeyListResponse> List(ApiKeyStore keys) =>
        TypedResults.Ok(new KeyListResponse(keys.List().Select(KeyResponse.Of).ToArray()));

    /// <param name="id">Het id van de sleutel (16 hexadecimale tekens).</param>
    /// <param name="keys">The key store.</param>
    private static IResult Revoke(string id, ApiKeyStore keys)
    {
        if (id.Length != 16 || !id.All(char.IsAsciiHexDigitLower))
        {
            return DutchProblems.InvalidInput("id", $"'{id}' is geen sleutel-id (16 hexadecimale tekens, kleine letters).");
        }

        return keys.Revoke(id) ? TypedResults.NoContent() : DutchProblems.NotFound($"Er is geen geldige sleutel met id '{id}'.");
    }
}
