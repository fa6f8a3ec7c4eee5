namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>How an endpoint hands who and what of a request to a repository write (storage reads nothing ambient).</summary>
internal static class AuditEntries
{
    /// <summary>
    /// The request's audit entry with the status the write will be answered with, for the repository to commit with the
    /// data; <c>null</c> when the request is not an audited write (or its entry was taken already). A write that then
    /// fails or changes nothing is answered with a non-2xx status, and such answers are never audited.
    /// </summary>
    /// <param name="http">The request.</param>
    /// <param name="status">The status a successful write is answered with.</param>
    public static AuditRecord? TakeAudit(this HttpContext http, int status)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<PendingAudit>() is not { Taken: false } pending)
        {
            return null;
        }

        pending.Taken = true;
        return pending.Record with { Status = status };
    }
}
