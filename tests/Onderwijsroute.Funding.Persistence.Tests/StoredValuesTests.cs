using System.Text;
using NodaTime;
using Onderwijsroute.Funding.TestServers;

namespace Onderwijsroute.Funding.Persistence.Tests;

/// <summary>
/// The repositories are one code over both engines, and Dapper's value handlers are global to the process: each engine
/// must still store values its own way (SQLite: instants as fixed-width UTC text, documents as TEXT; PostgreSQL:
/// <c>timestamptz</c> and <c>json</c>), also when the other engine wrote just before in the same process.
/// </summary>
public sealed class StoredValuesTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 28, 23, 17, 59).PlusNanoseconds(941_139_000);

    private const string ResultJson = """{"regeling":"inburgering","jaar":2026,"bedrag":"€ 1"}""";

    [Fact]
    public async Task EachEngine_StoresValuesItsOwnWay_WhenBothRunInOneProcess()
    {
        var engines = PostgresServer.IsWanted ? new[] { "sqlite", "postgresql", "sqlite" } : ["sqlite"];
        foreach (var engine in engines)
        {
            using var store = TestStore.Create(engine);
            var record = new CalculationRecord("01a22473-8405-7ba7-9743-e9d04a18e843", CalculationKinds.Settlement, "{}", "p1", Encoding.UTF8.GetBytes(ResultJson), At);
            await store.Calculations.AddAsync(record, new AuditRecord(At, "k1", "Groningen", "schrijver", "POST", "/v1/afrekeningen", 201), CancellationToken.None);

            var row = Assert.Single(store.Rows("berekeningen"));
            var audit = Assert.Single(store.Rows("auditlog"));
            if (engine == "sqlite")
            {
                Assert.Equal("2026-11-28T23:17:59.941139000Z", row["aangemaakt_op"]);
                Assert.Equal("2026-11-28T23:17:59.941139000Z", audit["tijdstip"]);
                Assert.Equal(ResultJson, row["resultaat_json"]);
                Assert.Equal(1, store.Scalar("SELECT count(*) FROM berekeningen WHERE typeof(resultaat_json) = 'text'"));
            }
            else
            {
                Assert.Equal(At.ToDateTimeUtc(), Assert.IsType<DateTime>(row["aangemaakt_op"]));
                Assert.Equal(At.ToDateTimeUtc(), Assert.IsType<DateTime>(audit["tijdstip"]));
                Assert.Equal(ResultJson, row["resultaat_json"]);
            }

            Assert.Equal(record, await store.Calculations.FindAsync(record.Kind, record.Id, CancellationToken.None));
        }
    }
}
