using System.Data.Common;
using Dapper;

namespace Onderwijsroute.Funding.Persistence.Engines;

/// <summary>
/// One write in progress (<see cref="IStoreEngine.WriteAsync{T}"/>): its connection and transaction, and the statements
/// every write uses, the audit entry among them, so that an entry is stored with its write or not at all.
/// </summary>
/// <param name="connection">The open connection.</param>
/// <param name="transaction">The write's transaction.</param>
/// <param name="cancellationToken">Cancels the statements (PostgreSQL); none on SQLite, where a started write runs to its commit.</param>
internal sealed class StoreWrite(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
{
    private const string AuditSql = """
        INSERT INTO auditlog (tijdstip, sleutel_id, sleutel_naam, rol, methode, pad, status)
        VALUES (@At, @KeyId, @KeyName, @Role, @Method, @Path, @Status);
        """;

    /// <summary>Runs a statement; returns the number of rows it changed.</summary>
    /// <param name="sql">The statement.</param>
    /// <param name="parameters">Its parameters (a sequence runs it once per element).</param>
    public Task<int> ExecuteAsync(string sql, object? parameters) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    /// <summary>Runs a statement and returns the first column of its first row.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="sql">The statement.</param>
    /// <param name="parameters">Its parameters.</param>
    public Task<T?> ScalarAsync<T>(string sql, object? parameters) =>
        connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    /// <summary>Writes an audit entry (who asked, how it was answered) in this write's transaction; nothing when it is <c>null</c>.</summary>
    /// <param name="audit">The entry.</param>
    public Task AuditAsync(AuditRecord? audit) =>
        audit is null
            ? Task.CompletedTask
            : ExecuteAsync(AuditSql, new { audit.At, audit.KeyId, audit.KeyName, audit.Role, audit.Method, audit.Path, audit.Status });
}
