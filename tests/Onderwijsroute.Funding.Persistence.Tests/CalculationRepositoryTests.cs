using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class CalculationRepositoryTests
{

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Add_ThenFind_ReturnsTheRecordUnchanged(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Calculations;
        var record = Record("01a22473-8405-7ba7-9743-e9d04a18e843", CalculationKinds.Settlement, Instant.FromUtc(2026, 11, 28, 23, 17, 59).PlusNanoseconds(941_139_000));

        await repository.AddAsync(record, null, CancellationToken.None);

        Assert.Equal(record, await repository.FindAsync(CalculationKinds.Settlement, record.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Find_OtherKindOrUnknownId_ReturnsNull(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Calculations;
        var record = Record("01a22473-8405-7ba7-9743-e9d04a18e843", CalculationKinds.Advance, Instant.FromUtc(2026, 1, 1, 0, 0));
        await repository.AddAsync(record, null, CancellationToken.None);

        Assert.Null(await repository.FindAsync(CalculationKinds.Settlement, record.Id, CancellationToken.None));
        Assert.Null(await repository.FindAsync(CalculationKinds.Advance, "00000000-0000-0000-0000-000000000000", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Add_SameIdTwice_Fails(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Calculations;
        var record = Record("01a22473-8405-7ba7-9743-e9d04a18e843", CalculationKinds.Advance, Instant.FromUtc(2026, 1, 1, 0, 0));
        await repository.AddAsync(record, null, CancellationToken.None);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => repository.AddAsync(record, null, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task List_ReturnsNewestFirstInPagesWithTheTotal(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Calculations;
        for (var i = 0; i < 5; i++)
        {
            await repository.AddAsync(Record($"00000000-0000-0000-0000-00000000000{i}", CalculationKinds.Advance, Instant.FromUtc(2026, 1, 1, 0, i)), null, CancellationToken.None);
        }

        await repository.AddAsync(Record("00000000-0000-0000-0000-000000000009", CalculationKinds.Settlement, Instant.FromUtc(2026, 1, 1, 1, 0)), null, CancellationToken.None);

        var (firstPage, total) = await repository.ListAsync(CalculationKinds.Advance, 0, 2, CancellationToken.None);
        var (lastPage, _) = await repository.ListAsync(CalculationKinds.Advance, 4, 2, CancellationToken.None);

        Assert.Equal(5, total);
        Assert.Equal(["00000000-0000-0000-0000-000000000004", "00000000-0000-0000-0000-000000000003"], firstPage.Select(r => r.Id));
        Assert.Equal(["00000000-0000-0000-0000-000000000000"], lastPage.Select(r => r.Id));
    }

    private static CalculationRecord Record(string id, string kind, Instant at) =>
        new(id, kind, "{\"regeling\":\"spuk-onderwijsroute-2023\",\"jaar\":2024}", "sha256:0e8f", System.Text.Encoding.UTF8.GetBytes("{\"id\":\"" + id + "\",\"budget\":15900000,\"bedragPerPersoon\":12884.93}"), at);
}
