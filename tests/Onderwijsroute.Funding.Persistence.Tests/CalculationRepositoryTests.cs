using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class CalculationRepositoryTests : IDisposable
{
    private readonly TemporaryDatabaseFile _file = new();
    private readonly CalculationRepository _repository;

    public CalculationRepositoryTests()
    {
        var database = _file.Open();
        DatabaseMigrator.Migrate(database);
        _repository = new CalculationRepository(database);
    }

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Add_ThenFind_ReturnsTheRecordUnchanged()
    {
        var record = Record("01a22473-8405-7ba7-9743-e9d04a18e843", CalculationKinds.Settlement, Instant.FromUtc(2026, 11, 28, 23, 17, 59).PlusNanoseconds(941_139_300));

        await _repository.AddAsync(record, CancellationToken.None);

        Assert.Equal(record, await _repository.FindAsync(CalculationKinds.Settlement, record.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Find_OtherKindOrUnknownId_ReturnsNull()
    {
        var record = Record("01a22473-8405-7ba7-9743-e9d04a18e843", CalculationKinds.Advance, Instant.FromUtc(2026, 1, 1, 0, 0));
        await _repository.AddAsync(record, CancellationToken.None);

        Assert.Null(await _repository.FindAsync(CalculationKinds.Settlement, record.Id, CancellationToken.None));
        Assert.Null(await _repository.FindAsync(CalculationKinds.Advance, "00000000-0000-0000-0000-000000000000", CancellationToken.None));
    }

    [Fact]
    public async Task Add_SameIdTwice_Fails()
    {
        var record = Record("01a22473-8405-7ba7-9743-e9d04a18e843", CalculationKinds.Advance, Instant.FromUtc(2026, 1, 1, 0, 0));
        await _repository.AddAsync(record, CancellationToken.None);

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => _repository.AddAsync(record, CancellationToken.None));
    }

    [Fact]
    public async Task List_ReturnsNewestFirstInPagesWithTheTotal()
    {
        for (var i = 0; i < 5; i++)
        {
            await _repository.AddAsync(Record($"00000000-0000-0000-0000-00000000000{i}", CalculationKinds.Advance, Instant.FromUtc(2026, 1, 1, 0, i)), CancellationToken.None);
        }

        await _repository.AddAsync(Record("00000000-0000-0000-0000-000000000009", CalculationKinds.Settlement, Instant.FromUtc(2026, 1, 1, 1, 0)), CancellationToken.None);

        var (firstPage, total) = await _repository.ListAsync(CalculationKinds.Advance, 0, 2, CancellationToken.None);
        var (lastPage, _) = await _repository.ListAsync(CalculationKinds.Advance, 4, 2, CancellationToken.None);

        Assert.Equal(5, total);
        Assert.Equal(["00000000-0000-0000-0000-000000000004", "00000000-0000-0000-0000-000000000003"], firstPage.Select(r => r.Id));
        Assert.Equal(["00000000-0000-0000-0000-000000000000"], lastPage.Select(r => r.Id));
    }

    private static CalculationRecord Record(string id, string kind, Instant at) =>
        new(id, kind, "{\"regeling\":\"spuk-onderwijsroute-2023\",\"jaar\":2024}", "sha256:0e8f", System.Text.Encoding.UTF8.GetBytes("{\"id\":\"" + id + "\",\"budget\":15900000,\"bedragPerPersoon\":12884.93}"), at);
}
