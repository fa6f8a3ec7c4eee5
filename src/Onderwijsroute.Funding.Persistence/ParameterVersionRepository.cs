using Dapper;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores the parameter versions the service has run with; the first registration of a version wins.</summary>
public sealed class ParameterVersionRepository : IParameterVersionRepository
{
    private readonly IStoreEngine _store;
    private readonly string _insertIfNewSql;
    private readonly string _findSql;

    /// <summary>The parameter versions of a database.</summary>
    /// <param name="database">The database (SQLite or PostgreSQL).</param>
    public ParameterVersionRepository(IDatabase database)
    {
        _store = StoreEngines.Of(database);
        var sql = _store.Dialect;
        _insertIfNewSql = $"""
            INSERT INTO parameter_versies (versie, inhoud_json, eerst_geladen_op)
            VALUES (@Version, {sql.JsonValue("@ContentJson")}, @FirstLoadedAt)
            ON CONFLICT (versie) DO NOTHING;
            """;
        _findSql = $"SELECT versie AS Version, {sql.JsonText("inhoud_json")} AS ContentJson, eerst_geladen_op AS FirstLoadedAt FROM parameter_versies WHERE versie = @Version;";
    }

    /// <inheritdoc />
    public bool Register(ParameterVersionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _store.Write((connection, transaction) => connection.Execute(_insertIfNewSql, record, transaction) == 1);
    }

    /// <inheritdoc />
    public Task<ParameterVersionRecord?> FindAsync(string version, CancellationToken cancellationToken) =>
        _store.FindAsync<ParameterVersionRecord>(_findSql, new { Version = version }, cancellationToken);
}
