namespace Onderwijsroute.Funding.Persistence.Tests;

/// <summary>
/// The SQLite scripts and their PostgreSQL twins are written once per dialect (the types, identity columns and the way
/// a foreign key is dropped differ); this holds the twins to one schema. A script added to one folder and not the
/// other, or a column, key or index that differs between them, fails here.
/// </summary>
public sealed class SchemaParityTests
{
    /// <summary>The PostgreSQL case alone: the comparison needs both engines.</summary>
    public static IEnumerable<object[]> PostgresOnly => TestStore.Engines.Where(e => (string)e[0] == "postgresql");

    [Theory]
    [MemberData(nameof(PostgresOnly))]
    public void TheTwinScripts_GiveBothEnginesOneSchema(string engine)
    {
        using var sqlite = TestStore.Create("sqlite");
        using var postgres = TestStore.Create(engine);

        var sqliteSchema = StoreSchema.Read(sqlite);
        var postgresSchema = StoreSchema.Read(postgres);

        Assert.Contains("doorrekeningen.scenario_naam: TEXT NOT NULL", sqliteSchema);
        var differences = sqliteSchema.Except(postgresSchema).Select(line => "only SQLite: " + line)
            .Concat(postgresSchema.Except(sqliteSchema).Select(line => "only PostgreSQL: " + line)).ToArray();
        Assert.True(differences.Length == 0, string.Join(Environment.NewLine, differences));
    }
}
