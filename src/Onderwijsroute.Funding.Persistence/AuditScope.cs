using System.Data.Common;
using Dapper;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// The audit entry of the request being handled (set by the API's audit middleware, flowing with the request's async
/// context and captured when a write is queued). A repository write that has one commits it in the same transaction as the data, so a write and its audit
/// entry are stored together or not at all, at the cost of one commit instead of two.
/// </summary>
public static class AuditScope
{
    private const string InsertSql = """
        INSERT INTO auditlog (tijdstip, sleutel_id, sleutel_naam, rol, methode, pad, status)
        VALUES (@At, @KeyId, @KeyName, @Role, @Method, @Path, @Status);
        """;

    private static readonly AsyncLocal<PendingAudit?> Pending = new();

    /// <summary>The pending entry of the current request, or <c>null</c> outside one.</summary>
    public static PendingAudit? Current
    {
        get => Pending.Value;
        set => Pending.Value = value;
    }

    /// <summary>Writes a pending entry (with the status the write will be answered with) in a queued write's transaction.</summary>
    internal static void Write(DbConnection connection, DbTransaction transaction, PendingAudit? pending, int status)
    {
        if (pending is not { Written: false })
        {
            return;
        }

        var r = pending.Record;
        connection.Execute(InsertSql, new { At = StoredInstant.Format(r.At), r.KeyId, r.KeyName, r.Role, r.Method, r.Path, Status = status }, transaction);
        pending.Written = true;
    }
}

/// <summary>An audit entry waiting for its write; <see cref="Written"/> once it is committed with it.</summary>
/// <param name="record">The entry; its status is filled in when it is written.</param>
public sealed class PendingAudit(AuditRecord record)
{
    /// <summary>The entry.</summary>
    public AuditRecord Record { get; } = record;

    /// <summary>Whether the entry was written with the data (set inside the write's transaction, before its commit).</summary>
    public bool Written { get; set; }
}
