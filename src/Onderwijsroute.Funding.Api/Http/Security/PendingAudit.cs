namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// The audit entry of the write being handled (set by <see cref="AuditMiddleware"/> as a request feature). An endpoint
/// that stores data takes it with <see cref="AuditEntries.TakeAudit"/> and passes it to the repository, which commits
/// it in the same transaction as the data; the middleware writes an entry nobody took once the response starts.
/// </summary>
/// <param name="record">The entry; its status is filled in when it is taken or written.</param>
internal sealed class PendingAudit(AuditRecord record)
{
    /// <summary>The entry.</summary>
    public AuditRecord Record { get; } = record;

    /// <summary>Whether a write took the entry to commit it with its data (or the middleware wrote it).</summary>
    public bool Taken { get; set; }
}
