using System.Globalization;
using Dapper;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence.PostgreSql;

/// <summary>
/// Copies every table of a SQLite database into an empty, migrated PostgreSQL database in one transaction (the
/// <c>database kopieer</c> command, docs/operations.md): the same rows, the same ids, audit entries with their numbers.
/// Values are converted by the target column's type: text instants to <c>timestamptz</c>, 0/1 to <c>boolean</c>,
/// documents to <c>json</c> as stored. Refuses a target that already holds data, so nothing is mixed (except the
/// parameter version the service registered when it started on the target: the earliest first-loaded time is kept).
/// </summary>
public static class SqliteToPostgresCopy
{
    /// <summary>The tables copied, parents before children (the foreign keys of compared runs).</summary>
    public static readonly IReadOnlyList<string> Tables =
        ["parameter_versies", "berekeningen", "prognoses", "scenarios", "doorrekeningen", "onzekerheidsanalyses", "vergelijkingen", "vergelijking_doorrekeningen", "api_sleutels", "auditlog"];

    private const string ColumnsSql = "SELECT column_name AS Name, data_type AS Type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @Table ORDER BY ordinal_position;";

    /// <summary>Copies every table; returns the number of rows copied per table.</summary>
    /// <param name="source">The SQLite database (migrated to the same scripts as the target).</param>
    /// <param name="target">The PostgreSQL database, migrated and empty.</param>
    /// <exception cref="InvalidOperationException">The target holds data already, or the schemas differ.</exception>
    public static IReadOnlyDictionary<string, long> Copy(SqliteDatabase source, PostgresDatabase target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        using var from = source.Open();
        var copied = new Dictionary<string, long>(StringComparer.Ordinal);
        target.Write((connection, transaction) =>
        {
            foreach (var table in Tables)
            {
                // The service registers its own parameter version when it starts on the target; that row may be there.
                if (table != "parameter_versies" && connection.ExecuteScalar<long>($"SELECT count(*) FROM {table};", transaction: transaction) > 0)
                {
                    throw new InvalidOperationException($"De doeldatabase heeft al gegevens in {table}; kopieer alleen naar een lege database.");
                }

                var columns = connection.Query<(string Name, string Type)>(ColumnsSql, new { Table = table }, transaction).ToArray();
                var names = string.Join(", ", columns.Select(c => c.Name));
                var values = string.Join(", ", columns.Select((c, i) => c.Type == "json" ? $"CAST(@p{i} AS json)" : $"@p{i}"));
                var overriding = table == "auditlog" ? " OVERRIDING SYSTEM VALUE" : string.Empty;
                var merge = table == "parameter_versies"
                    ? " ON CONFLICT (versie) DO UPDATE SET eerst_geladen_op = least(parameter_versies.eerst_geladen_op, excluded.eerst_geladen_op)"
                    : string.Empty;
                var insert = $"INSERT INTO {table} ({names}){overriding} VALUES ({values}){merge};";
                long count = 0;
                foreach (IDictionary<string, object?> row in from.Query($"SELECT {names} FROM {table} ORDER BY rowid;"))
                {
                    var parameters = new DynamicParameters();
                    for (var i = 0; i < columns.Length; i++)
                    {
                        parameters.Add($"p{i}", Convert(row[columns[i].Name], columns[i].Type));
                    }

                    connection.Execute(insert, parameters, transaction);
                    count++;
                }

                copied[table] = count;
            }

            // New audit entries continue after the copied ones.
            connection.Execute("SELECT setval(pg_get_serial_sequence('auditlog', 'id'), coalesce((SELECT max(id) FROM auditlog), 0) + 1, false);", transaction: transaction);
            return true;
        });
        return copied;
    }

    private static object? Convert(object? value, string type) => value switch
    {
        null or DBNull => null,
        string text when type == "timestamp with time zone" => StoredInstant.Parse(text).ToDateTimeUtc(),
        long number when type == "boolean" => number != 0,
        long number when type == "integer" => checked((int)number),
        byte[] bytes when type is "json" or "text" => System.Text.Encoding.UTF8.GetString(bytes),
        _ => value,
    };

    /// <summary>Every row of a table as text, in a fixed order, for comparing a copy with its source.</summary>
    /// <param name="rows">The rows as read (column name → value).</param>
    public static IReadOnlyList<string> Normalise(IEnumerable<IDictionary<string, object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(row => string.Join("|", row.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + "=" + Text(c.Key, c.Value))))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static string Text(string column, object? value) => value switch
    {
        null or DBNull => "null",
        DateTime time => StoredInstant.Format(Instant.FromDateTimeUtc(DateTime.SpecifyKind(time, DateTimeKind.Utc))),
        bool flag => flag ? "1" : "0",
        byte[] bytes => System.Convert.ToHexString(bytes),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ when column.EndsWith("_op", StringComparison.Ordinal) || column is "tijdstip" or "lease_tot" => StoredInstant.Format(StoredInstant.Parse((string)value)),
        _ => value.ToString() ?? string.Empty,
    };
}
