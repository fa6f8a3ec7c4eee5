namespace Onderwijsroute.Funding.Persistence.Engines;

/// <summary>
/// A statement written once with the fragments of <see cref="SqlDialect"/> where the engines differ, and built once per
/// engine when its repository type is first used (the statements are then fixed strings, as Dapper's cache wants them).
/// </summary>
/// <param name="write">Writes the statement in a dialect.</param>
internal sealed class EngineSql(Func<SqlDialect, string> write)
{
    private readonly string _sqlite = write(SqlDialect.Sqlite);
    private readonly string _postgres = write(SqlDialect.Postgres);

    /// <summary>The statement for an engine.</summary>
    /// <param name="store">The engine.</param>
    public string this[IStoreEngine store] => store.Dialect.IsPostgres ? _postgres : _sqlite;
}
