using Dapper;
using Onderwijsroute.Funding.Persistence.Engines;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>Stores the parameter versions the service has run with; the first registration of a version wins.</summary>
/// <param name="database">The database (SQLite or PostgreSQL).</param>
public sealed class ParameterVersionRepository(IDatabase database) : IParameterVersionRepository
{
    private static readonly EngineSql InsertIfNewSql = new(sql => $"""
        INSERT INTO parameter_versies (versie, inhoud_json, eerst_geladen_op)
        VALUES (@Version, {sql.JsonValue("@ContentJson")}, @FirstLoadedAt)
        ON CONFLICT (versie) DO NOTHING;
        """);

    private static readonly EngineSql FindSql = new(sql => $"SELECT versie AS Version, {sql.JsonText("inhoud_json")} AS ContentJson, eerst_geladen_op AS FirstLoadedAt FROM parameter_versies WHERE versie = @Version;");

    private readonly IStoreEngine _store = StoreEngines.Of(database);

    /// <inheritdoc />
    public bool Register(ParameterVersionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _store.Write((connection, transaction) => connection.Execute(InsertIfNewSql[_store], record, transaction) == 1);
    }

    /// <inheritdoc />
    public Task<ParameterVersionRecord?> FindAsync(string version, CancellationToken cancellationToken) =>
        _store.FindAsync<ParameterVersionRecord>(FindSql[_store], new { Version = version }, cancellationToken);
}
