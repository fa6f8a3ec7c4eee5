using System.Text;
using Dapper;
using Npgsql;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>
/// Values as PostgreSQL holds them: instants in <c>timestamptz</c> (microseconds: a finer fraction is rounded by the
/// server), documents in <c>json</c> columns as UTF-8 text exactly as answered.
/// </summary>
internal static class PostgresValues
{
    public static DateTime Time(Instant instant) => instant.ToDateTimeUtc();

    public static DateTime? Time(Instant? instant) => instant?.ToDateTimeUtc();

    public static Instant Instant(DateTime value) => NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static Instant? Instant(DateTime? value) => value is { } v ? Instant(v) : null;

    public static string Text(ReadOnlyMemory<byte> utf8) => Encoding.UTF8.GetString(utf8.Span);

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private const string AuditSql = """
        INSERT INTO auditlog (tijdstip, sleutel_id, sleutel_naam, rol, methode, pad, status)
        VALUES (@At, @KeyId, @KeyName, @Role, @Method, @Path, @Status);
        """;

    /// <summary>Writes an audit entry in the transaction of the write it belongs to (nothing when it is <c>null</c>).</summary>
    public static Task AuditAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, AuditRecord? audit, CancellationToken cancellationToken) =>
        audit is null
            ? Task.CompletedTask
            : connection.ExecuteAsync(new CommandDefinition(AuditSql, new { At = Time(audit.At), audit.KeyId, audit.KeyName, audit.Role, audit.Method, audit.Path, audit.Status }, transaction, cancellationToken: cancellationToken));
}
