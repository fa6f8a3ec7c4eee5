using System.Security.Claims;
using NodaTime;

namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// Writes an audit entry (who, what, when) for every acknowledged write: a POST, PUT, PATCH or DELETE under /v1 that
/// answers 2xx, except endpoints marked <see cref="NotAWrite"/> (a stateless calculation). Calculation and forecast
/// writes take the entry (<see cref="AuditEntries.TakeAudit"/>) and commit it in the same transaction as the data; other writes commit it
/// before the response starts. Either way a client never sees a 2xx for a write whose audit entry is missing. Only the
/// path is recorded, never the query string or a header.
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next, IApiKeyRepository repository, IClock clock)
{
    /// <summary>Endpoint metadata: this POST stores nothing and is not audited.</summary>
    public sealed class NotAWrite
    {
        /// <summary>The one instance.</summary>
        public static readonly NotAWrite Instance = new();
    }

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.IsWrite())
        {
            var user = http.User;
            var pending = new PendingAudit(new AuditRecord(
                clock.GetCurrentInstant(),
                user.FindFirstValue(ClaimTypes.NameIdentifier),
                user.FindFirstValue(ClaimTypes.Name),
                user.FindFirstValue(ClaimTypes.Role),
                http.Request.Method,
                http.Request.Path.Value ?? string.Empty,
                0));

            // Calculation and forecast writes take the entry into their own transaction; any other write gets it here.
            http.Features.Set(pending);
            http.Response.OnStarting(() => AuditAsync(http, pending));
        }

        await next(http).ConfigureAwait(false);
    }

    private Task AuditAsync(HttpContext http, PendingAudit pending)
    {
        if (pending.Taken || http.Response.StatusCode is < 200 or >= 300)
        {
            return Task.CompletedTask;
        }

        pending.Taken = true;
        return repository.AuditAsync(pending.Record with { Status = http.Response.StatusCode }, CancellationToken.None);
    }
}
