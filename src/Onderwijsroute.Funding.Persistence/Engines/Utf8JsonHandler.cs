using System.Data;
using System.Text;
using Dapper;
using Npgsql;

namespace Onderwijsroute.Funding.Persistence.Engines;

/// <summary>
/// Result documents kept as UTF-8 bytes (<see cref="ReadOnlyMemory{T}"/> of bytes, ~44 KB for a national result): SQLite
/// binds and reads them as a blob (<see cref="SqlDialect.Utf8JsonValue"/> stores TEXT), so they are never a .NET string
/// on that path; PostgreSQL's <c>json</c> takes and gives text. Stateless and global like <see cref="InstantHandler"/>.
/// </summary>
internal sealed class Utf8JsonHandler : SqlMapper.TypeHandler<ReadOnlyMemory<byte>>
{
    /// <inheritdoc />
    public override void SetValue(IDbDataParameter parameter, ReadOnlyMemory<byte> value) =>
        parameter.Value = parameter is NpgsqlParameter ? Encoding.UTF8.GetString(value.Span) : Utf8Bytes.AsArray(value);

    /// <inheritdoc />
    public override ReadOnlyMemory<byte> Parse(object value) => value switch
    {
        byte[] bytes => bytes,
        string text => Encoding.UTF8.GetBytes(text),
        _ => throw new InvalidCastException($"A JSON document is stored as text, not as {value.GetType().Name}."),
    };
}
