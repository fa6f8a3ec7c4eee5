using System.Data;
using Dapper;
using NodaTime;
using Npgsql;

namespace Onderwijsroute.Funding.Persistence.Engines;

/// <summary>
/// Instants as each engine stores them: SQLite as UTC ISO text (<see cref="StoredInstant"/>, text order is time order),
/// PostgreSQL as <c>timestamptz</c>. Dapper's type handlers are global to the process, and both engines may run in one
/// process (the tests do): so this handler keeps no state and decides by the parameter it fills (an
/// <see cref="NpgsqlParameter"/> or not) and by the value it reads (text or a <see cref="DateTime"/>).
/// </summary>
internal sealed class InstantHandler : SqlMapper.TypeHandler<Instant>
{
    /// <inheritdoc />
    public override void SetValue(IDbDataParameter parameter, Instant value) =>
        // A UTC DateTime is what Npgsql sends as timestamptz (microseconds: the server rounds a finer fraction).
        parameter.Value = parameter is NpgsqlParameter ? value.ToDateTimeUtc() : StoredInstant.Format(value);

    /// <inheritdoc />
    public override Instant Parse(object value) => value switch
    {
        string text => StoredInstant.Parse(text),
        DateTime time => Instant.FromDateTimeUtc(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        _ => throw new InvalidCastException($"An instant is stored as text or timestamptz, not as {value.GetType().Name}."),
    };
}
