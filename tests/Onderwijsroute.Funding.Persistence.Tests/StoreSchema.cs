using Dapper;
using Onderwijsroute.Funding.Persistence.PostgreSql;

namespace Onderwijsroute.Funding.Persistence.Tests;

/// <summary>
/// The schema a migrated store ends up with, read from the engine's own catalogue and written as one line per fact
/// (a column with its type and nullability, a primary key, a foreign key, an index), sorted, in SQLite's terms: a
/// PostgreSQL type is named by the SQLite type the twin script declares for it. The DbUp journal is left out.
/// </summary>
internal static class StoreSchema
{
    // PostgreSQL's type (information_schema's name) → the SQLite type a twin script declares for the same column.
    private static readonly Dictionary<string, string> SqliteTypeOf = new(StringComparer.Ordinal)
    {
        ["text"] = "TEXT",
        ["json"] = "TEXT",
        ["timestamp with time zone"] = "TEXT",
        ["integer"] = "INTEGER",
        ["bigint"] = "INTEGER",
        ["boolean"] = "INTEGER",
        ["bytea"] = "BLOB",
    };

    public static IReadOnlyList<string> Read(TestStore store) =>
        store.Database is PostgresDatabase postgres ? ReadPostgres(postgres) : ReadSqlite((SqliteDatabase)store.Database);

    private static string[] ReadSqlite(SqliteDatabase database)
    {
        using var connection = database.Open();
        const string Tables = "sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name <> 'SchemaVersions'";
        var columns = connection.Query<(string Table, string Column, string Type, long NotNull, string? Default, long Pk)>(
            $"SELECT m.name, c.name, upper(c.type), c.\"notnull\", c.dflt_value, c.pk FROM pragma_table_info(m.name) c, {Tables};");
        var keys = connection.Query<(string Table, string Column, string ToTable, string ToColumn)>(
            $"SELECT m.name, f.\"from\", f.\"table\", f.\"to\" FROM pragma_foreign_key_list(m.name) f, {Tables};");
        var indexes = connection.Query<(string Table, string Index, long Unique, string Column)>(
            $"SELECT m.name, i.name, i.\"unique\", x.name FROM pragma_index_list(m.name) i, pragma_index_info(i.name) x, {Tables} AND i.origin <> 'pk' ORDER BY i.name, x.seqno;");
        return Lines(
            // An INTEGER PRIMARY KEY is the row id, which is never null though the catalogue does not say NOT NULL.
            columns.Select(c => new Column(c.Table, c.Column, c.Type, c.NotNull != 0 || (c.Pk > 0 && c.Type == "INTEGER"), c.Default, c.Pk)),
            keys.Select(k => new ForeignKey(k.Table, k.Column, k.ToTable, k.ToColumn)),
            indexes.Select(i => new IndexColumn(i.Table, i.Index, i.Unique != 0, i.Column)));
    }

    private static string[] ReadPostgres(PostgresDatabase database)
    {
        using var connection = database.Open();
        var columns = connection.Query<(string Table, string Column, string Type, bool NotNull, string? Default, long Pk)>(
            """
            SELECT c.table_name, c.column_name, c.data_type, c.is_nullable = 'NO', c.column_default,
                   coalesce((SELECT k.ordinal_position FROM information_schema.table_constraints t
                             JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema
                             WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = c.table_schema AND t.table_name = c.table_name AND k.column_name = c.column_name), 0)
            FROM information_schema.columns c
            WHERE c.table_schema = current_schema() AND c.table_name <> 'schemaversions';
            """);
        var keys = connection.Query<(string Table, string Column, string ToTable, string ToColumn)>(
            """
            SELECT t.table_name, k.column_name, u.table_name, u.column_name
            FROM information_schema.table_constraints t
            JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema
            JOIN information_schema.constraint_column_usage u ON u.constraint_name = t.constraint_name AND u.table_schema = t.table_schema
            WHERE t.constraint_type = 'FOREIGN KEY' AND t.table_schema = current_schema();
            """);
        var indexes = connection.Query<(string Table, string Index, bool Unique, string Column)>(
            """
            SELECT t.relname, i.relname, x.indisunique, a.attname
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, position)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE n.nspname = current_schema() AND t.relname <> 'schemaversions' AND NOT x.indisprimary
            ORDER BY i.relname, k.position;
            """);
        return Lines(
            columns.Select(c => new Column(c.Table, c.Column, SqliteTypeOf.GetValueOrDefault(c.Type, c.Type), c.NotNull, c.Default?.Split("::")[0], c.Pk)),
            keys.Select(k => new ForeignKey(k.Table, k.Column, k.ToTable, k.ToColumn)),
            indexes.Select(i => new IndexColumn(i.Table, i.Index, i.Unique, i.Column)));
    }

    private static string[] Lines(IEnumerable<Column> columns, IEnumerable<ForeignKey> keys, IEnumerable<IndexColumn> indexes)
    {
        var all = columns.ToArray();
        var primaryKeys = all.Where(c => c.Pk > 0).GroupBy(c => c.Table)
            .Select(g => $"{g.Key}: primary key ({string.Join(", ", g.OrderBy(c => c.Pk).Select(c => c.Name))})");
        var indexLines = indexes.GroupBy(i => (i.Table, i.Index, i.Unique))
            .Select(g => $"{g.Key.Table}: {(g.Key.Unique ? "unique index" : "index")} {g.Key.Index} ({string.Join(", ", g.Select(i => i.Column))})");
        return all.Select(c => $"{c.Table}.{c.Name}: {c.Type}{(c.NotNull ? " NOT NULL" : string.Empty)}{(c.Default is null ? string.Empty : $" DEFAULT {c.Default}")}")
            .Concat(primaryKeys)
            .Concat(keys.Select(k => $"{k.Table}.{k.Column}: references {k.ToTable} ({k.ToColumn})"))
            .Concat(indexLines)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private sealed record Column(string Table, string Name, string Type, bool NotNull, string? Default, long Pk);

    private sealed record ForeignKey(string Table, string Column, string ToTable, string ToColumn);

    private sealed record IndexColumn(string Table, string Index, bool Unique, string Column);
}
