using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>One acknowledged write in the audit log.</summary>
/// <param name="At">When.</param>
/// <param name="KeyId">The key id, or <c>null</c> for an anonymous caller.</param>
/// <param name="KeyName">The key's name, or <c>null</c>.</param>
/// <param name="Role">The key's role, or <c>null</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path (never the query string, never a header).</param>
/// <param name="Status">The status code answered.</param>
public sealed record AuditRecord(Instant At, string? KeyId, string? KeyName, string? Role, string Method, string Path, int Status);
