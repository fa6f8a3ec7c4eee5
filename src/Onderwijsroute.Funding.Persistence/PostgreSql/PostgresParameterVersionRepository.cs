using Dapper;
using static Onderwijsroute.Funding.Persistence.PostgreSql.PostgresValues;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>The parameter versions on PostgreSQL (twin of <see cref="ParameterVersionRepository"/>).</summary>
/// <param name="database">The database.</param>
public sealed class PostgresParameterVersionRepository(PostgresDatabase database) : IParameterVersionRepository
{
    private const string InsertIfNewSql = """
        INSERT INTO parameter_versies (versie, inhoud_json, eerst_geladen_op)
        VALUES (@Version, CAST(@ContentJson AS json), @FirstLoadedAt)
        ON CONFLICT (versie) DO NOTHING;
        """;

    private const string FindSql = "SELECT versie AS Version, inhoud_json::text AS ContentJson, eerst_geladen_op AS FirstLoadedAt FROM parameter_versies WHERE versie = @Version;";

    /// <inheritdoc />
    public bool Register(ParameterVersionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var connection = database.Open();
        return connection.Execute(InsertIfNewSql, new { record.Version, record.ContentJson, FirstLoadedAt = Time(record.FirstLoadedAt) }) == 1;
    }

    /// <inheritdoc />
    public async Task<ParameterVersionRecord?> FindAsync(string version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql, new { Version = version }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new ParameterVersionRecord(row.Version, row.ContentJson, Instant(row.FirstLoadedAt));
    }

    private sealed record Row(string Version, string ContentJson, DateTime FirstLoadedAt);
}
