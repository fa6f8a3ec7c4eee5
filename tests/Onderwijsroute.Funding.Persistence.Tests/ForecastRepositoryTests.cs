using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class ForecastRepositoryTests : IDisposable
{
    private static readonly Instant Created = Instant.FromUtc(2026, 11, 28, 23, 0);
    private readonly TemporaryDatabaseFile _file = new();
    private readonly ForecastRepository _repository;

    public ForecastRepositoryTests()
    {
        var database = _file.Open();
        DatabaseMigrator.Migrate(database);
        _repository = new ForecastRepository(database);
    }

    public void Dispose() => _file.Dispose();

    private static ForecastRecord Record(string id, string gemeente = "GM0014", string name = "Basis") =>
        new(id, gemeente, name, 1, "{\"vanJaar\":2024}", "sha256:aa", "{\"jaren\":[]}"u8.ToArray(), Created, Created);

    [Fact]
    public async Task Add_ThenFind_ReturnsItForItsGemeenteOnly()
    {
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

        await _repository.AddAsync(record, CancellationToken.None);

        Assert.Equal(record, await _repository.FindAsync("GM0014", record.Id, CancellationToken.None));
        Assert.Null(await _repository.FindAsync("GM0363", record.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Replace_WithTheCurrentVersion_WritesAndRaisesTheVersion()
    {
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        await _repository.AddAsync(record, CancellationToken.None);

        var outcome = await _repository.ReplaceAsync(record with { Name = "Hoog", ModifiedAt = (Created + Duration.FromSeconds(5)) }, 1, CancellationToken.None);

        Assert.Equal(new ConditionalWriteResult(ConditionalWriteOutcome.Written, 2), outcome);
        var stored = await _repository.FindAsync("GM0014", record.Id, CancellationToken.None);
        Assert.Equal(("Hoog", 2L, Created, (Created + Duration.FromSeconds(5))), (stored!.Name, stored.Version, stored.CreatedAt, stored.ModifiedAt));
    }

    [Fact]
    public async Task Replace_WithAStaleVersion_ChangesNothing()
    {
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        await _repository.AddAsync(record, CancellationToken.None);
        await _repository.ReplaceAsync(record with { Name = "Eerste" }, 1, CancellationToken.None);

        var outcome = await _repository.ReplaceAsync(record with { Name = "Tweede" }, 1, CancellationToken.None);

        Assert.Equal(ConditionalWriteOutcome.VersionMismatch, outcome.Outcome);
        Assert.Equal("Eerste", (await _repository.FindAsync("GM0014", record.Id, CancellationToken.None))!.Name);
    }

    [Fact]
    public async Task TwoWritersWithTheSameVersion_ExactlyOneWins()
    {
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        await _repository.AddAsync(record, CancellationToken.None);

        var outcomes = (await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => _repository.ReplaceAsync(record with { Name = $"Schrijver {i}" }, 1, CancellationToken.None))))).Select(r => r.Outcome).ToArray();

        Assert.Single(outcomes, o => o == ConditionalWriteOutcome.Written);
        Assert.All(outcomes.Where(o => o != ConditionalWriteOutcome.Written), o => Assert.Equal(ConditionalWriteOutcome.VersionMismatch, o));
        Assert.Equal(2, (await _repository.FindAsync("GM0014", record.Id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Delete_NeedsTheCurrentVersion_AndAnUnknownIdIsNotFound()
    {
        var record = Record("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        await _repository.AddAsync(record, CancellationToken.None);

        Assert.Equal(ConditionalWriteOutcome.VersionMismatch, await _repository.DeleteAsync("GM0014", record.Id, 7, CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.Written, await _repository.DeleteAsync("GM0014", record.Id, 1, CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.NotFound, await _repository.DeleteAsync("GM0014", record.Id, 1, CancellationToken.None));
    }

    [Fact]
    public async Task List_GivesTheGemeentesForecastsLastChangedFirst()
    {
        await _repository.AddAsync(Record("0193a1b2-c3d4-7e5f-8a9b-000000000001"), CancellationToken.None);
        await _repository.AddAsync(Record("0193a1b2-c3d4-7e5f-8a9b-000000000002") with { ModifiedAt = (Created + Duration.FromSeconds(1)) }, CancellationToken.None);
        await _repository.AddAsync(Record("0193a1b2-c3d4-7e5f-8a9b-000000000003", gemeente: "GM0363"), CancellationToken.None);

        var list = await _repository.ListAsync("GM0014", CancellationToken.None);

        Assert.Equal(["0193a1b2-c3d4-7e5f-8a9b-000000000002", "0193a1b2-c3d4-7e5f-8a9b-000000000001"], list.Select(r => r.Id));
    }
}
