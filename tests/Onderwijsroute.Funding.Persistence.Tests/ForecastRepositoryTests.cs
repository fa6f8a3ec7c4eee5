using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class ForecastRepositoryTests
{
    private static readonly Instant Created = Instant.FromUtc(2026, 11, 28, 23, 0);

    private static ForecastRecord Record(string id, string gemeente = "GM0014", string name = "Basis") =>
        new(id, gemeente, name, 1, "{\"vanJaar\":2024}", "sha256:aa", "{\"jaren\":[]}"u8.ToArray(), Created, Created);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Add_ThenFind_ReturnsItForItsGemeenteOnly(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Forecasts;
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

        await repository.AddAsync(record, null, CancellationToken.None);

        Assert.Equal(record, await repository.FindAsync("GM0014", record.Id, CancellationToken.None));
        Assert.Null(await repository.FindAsync("GM0363", record.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Replace_WithTheCurrentVersion_WritesAndRaisesTheVersion(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Forecasts;
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        await repository.AddAsync(record, null, CancellationToken.None);

        var outcome = await repository.ReplaceAsync(record with { Name = "Hoog", ModifiedAt = (Created + Duration.FromSeconds(5)) }, 1, null, CancellationToken.None);

        Assert.Equal(new ConditionalWriteResult(ConditionalWriteOutcome.Written, 2), outcome);
        var stored = await repository.FindAsync("GM0014", record.Id, CancellationToken.None);
        Assert.Equal(("Hoog", 2L, Created, (Created + Duration.FromSeconds(5))), (stored!.Name, stored.Version, stored.CreatedAt, stored.ModifiedAt));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Replace_WithAStaleVersion_ChangesNothing(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Forecasts;
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        await repository.AddAsync(record, null, CancellationToken.None);
        await repository.ReplaceAsync(record with { Name = "Eerste" }, 1, null, CancellationToken.None);

        var outcome = await repository.ReplaceAsync(record with { Name = "Tweede" }, 1, null, CancellationToken.None);

        Assert.Equal(ConditionalWriteOutcome.VersionMismatch, outcome.Outcome);
        Assert.Equal("Eerste", (await repository.FindAsync("GM0014", record.Id, CancellationToken.None))!.Name);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task TwoWritersWithTheSameVersion_ExactlyOneWins(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Forecasts;
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        await repository.AddAsync(record, null, CancellationToken.None);

        var outcomes = (await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => repository.ReplaceAsync(record with { Name = $"Schrijver {i}" }, 1, null, CancellationToken.None))))).Select(r => r.Outcome).ToArray();

        Assert.Single(outcomes, o => o == ConditionalWriteOutcome.Written);
        Assert.All(outcomes.Where(o => o != ConditionalWriteOutcome.Written), o => Assert.Equal(ConditionalWriteOutcome.VersionMismatch, o));
        Assert.Equal(2, (await repository.FindAsync("GM0014", record.Id, CancellationToken.None))!.Version);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Delete_NeedsTheCurrentVersion_AndAnUnknownIdIsNotFound(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Forecasts;
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        await repository.AddAsync(record, null, CancellationToken.None);

        Assert.Equal(ConditionalWriteOutcome.VersionMismatch, await repository.DeleteAsync("GM0014", record.Id, 7, null, CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.Written, await repository.DeleteAsync("GM0014", record.Id, 1, null, CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.NotFound, await repository.DeleteAsync("GM0014", record.Id, 1, null, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task List_GivesTheGemeentesForecastsLastChangedFirst(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Forecasts;
        await repository.AddAsync(Record("0193a1b2-c3d4-7e5f-8a9b-000000000001"), null, CancellationToken.None);
        await repository.AddAsync(Record("0193a1b2-c3d4-7e5f-8a9b-000000000002") with { ModifiedAt = (Created + Duration.FromSeconds(1)) }, null, CancellationToken.None);
        await repository.AddAsync(Record("0193a1b2-c3d4-7e5f-8a9b-000000000003", gemeente: "GM0363"), null, CancellationToken.None);

        var list = await repository.ListAsync("GM0014", CancellationToken.None);

        Assert.Equal(["0193a1b2-c3d4-7e5f-8a9b-000000000002", "0193a1b2-c3d4-7e5f-8a9b-000000000001"], list.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task AuditEntry_IsStoredWithTheWriteThatSucceeds_AndNotWithOneThatChangesNothing(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Forecasts;
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        AuditRecord Audit(string method, int status) => new(Created, "0123456789abcdef", "Groningen", "gemeente", method, "/v1/gemeenten/GM0014/prognoses", status);

        await repository.AddAsync(record, Audit("POST", 201), CancellationToken.None);
        await repository.ReplaceAsync(record with { Name = "Eerste" }, 1, Audit("PUT", 200), CancellationToken.None);
        await repository.ReplaceAsync(record with { Name = "Oud" }, 1, Audit("PUT", 200), CancellationToken.None);
        await repository.DeleteAsync("GM0014", record.Id, 9, Audit("DELETE", 204), CancellationToken.None);
        await repository.DeleteAsync("GM0014", record.Id, 2, Audit("DELETE", 204), CancellationToken.None);

        Assert.Equal(3, store.Scalar("SELECT count(*) FROM auditlog"));
        Assert.Equal(201 + 200 + 204, store.Scalar("SELECT sum(status) FROM auditlog"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task AFailingWrite_StoresNeitherTheDataNorItsAuditEntry(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Forecasts;
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        var audit = new AuditRecord(Created, null, null, null, "POST", "/v1/gemeenten/GM0014/prognoses", 201);
        await repository.AddAsync(record, audit, CancellationToken.None);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => repository.AddAsync(record with { Name = "Dubbel" }, audit, CancellationToken.None));

        Assert.Equal(1, store.Scalar("SELECT count(*) FROM auditlog"));
        Assert.Equal(1, store.Scalar("SELECT count(*) FROM prognoses"));
    }
}
