using System.Data.Common;
using Dapper;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>
/// Writes an audit entry (who, what, how answered) inside the transaction of the write it belongs to, so a write and
/// its entry are stored together or not at all. The caller passes the entry in; storage reads nothing ambient.
/// </summary>
internal static class SqliteAuditLog
{
    private const string InsertSql = """
        INSERT INTO auditlog (tijdstip, sleutel_id, sleutel_naam, rol, methode, pad, status)
        VALUES (@At, @KeyId, @KeyName, @Role, @Method, @Path, @Status);
        """;

    public static void Write(DbConnection connection, DbTransaction? transaction, AuditRecord? audit)
    {
        if (audit is null)
        {
            return;
        }

        connection.Execute(InsertSql, new { At = StoredInstant.Format(audit.At), audit.KeyId, audit.KeyName, audit.Role, audit.Method, audit.Path, audit.Status }, transaction);
    }
}
