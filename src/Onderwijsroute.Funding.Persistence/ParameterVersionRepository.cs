using Dapper;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A parameter version the service has run with, and a snapshot of its parameters.</summary>
/// <param name="Version">The parameter version (content hash).</param>
/// <param name="ContentJson">Every scheme with every dated value, as JSON.</param>
/// <param name="FirstLoadedAt">When the service first ran with this version.</param>
public sealed record ParameterVersionRecord(string Version, string ContentJson, Instant FirstLoadedAt);

/// <summary>Stores the parameter versions the service has run with; the first registration of a version wins.</summary>
/// <param name="database">The database.</param>
public sealed class ParameterVersionRepository(SqliteDatabase database) : IParameterVersionRepository
{
    private const string InsertIfNewSql = """
        INSERT INTO parameter_versies (versie, inhoud_json, eerst_geladen_op)
        VALUES (@Version, @ContentJson, @FirstLoadedAt)
        ON CONFLICT (versie) DO NOTHING;
        """;

    private const string FindSql = """
        SELECT versie AS Version, inhoud_json AS ContentJson, eerst_geladen_op AS FirstLoadedAt
        FROM parameter_versies
        WHERE versie = @Version;
        """;

    /// <inheritdoc />
    public bool Register(ParameterVersionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var connection = database.Open();
        return connection.Execute(InsertIfNewSql, new ParameterVersionRow(record.Version, record.ContentJson, StoredInstant.Format(record.FirstLoadedAt))) == 1;
    }

    /// <inheritdoc />
    public async Task<ParameterVersionRecord?> FindAsync(string version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ParameterVersionRow>(new CommandDefinition(FindSql, new { Version = version }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new ParameterVersionRecord(row.Version, row.ContentJson, StoredInstant.Parse(row.FirstLoadedAt));
    }

    private sealed record ParameterVersionRow(string Version, string ContentJson, string FirstLoadedAt);
}
