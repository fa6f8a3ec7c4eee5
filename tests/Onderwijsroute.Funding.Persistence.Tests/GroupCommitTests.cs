using Dapper;
using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

/// <summary>Writes queued together are committed together, and a write that fails takes nothing else with it.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TemporaryDatabaseFile _file = new();
    private readonly SqliteDatabase _database;
    private readonly CalculationRepository _repository;

    public GroupCommitTests()
    {
        _database = _file.Open();
        DatabaseMigrator.Migrate(_database);
        _repository = new CalculationRepository(_database);
    }

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task ConcurrentWrites_AreAllStored()
    {
        var records = Enumerable.Range(0, 300).Select(i => Record(i)).ToArray();

        await Task.WhenAll(records.Select(r => Task.Run(() => _repository.AddAsync(r, null, CancellationToken.None))));

        foreach (var record in records)
        {
            Assert.Equal(record, await _repository.FindAsync(record.Kind, record.Id, CancellationToken.None));
        }
    }

    [Fact]
    public async Task FailingWrite_IsRolledBackAlone_AndTheOthersAreStored()
    {
        var good = Enumerable.Range(0, 100).Select(i => Record(i)).ToArray();
        var failing = Enumerable.Range(100, 20).Select(i => Record(i)).ToArray();
        var writes = good.Select(r => _repository.AddAsync(r, null, CancellationToken.None))
            .Concat(failing.Select(r => (Task)_database.WriteAsync<int>(
                write =>
                {
                    write.Connection.Execute("INSERT INTO berekeningen (id, soort, verzoek_json, parameter_versie, resultaat_json, aangemaakt_op) VALUES (@Id, @Kind, '{}', 'v', '{}', '2026-01-01T00:00:00Z');", new { r.Id, r.Kind }, write.Transaction);
                    throw new InvalidOperationException("deze schrijfactie faalt na haar insert");
                },
                CancellationToken.None)))
            .ToArray();

        await Assert.ThrowsAnyAsync<Exception>(() => Task.WhenAll(writes));

        Assert.All(writes.Take(good.Length), w => Assert.True(w.IsCompletedSuccessfully));
        Assert.All(writes.Skip(good.Length), w => Assert.IsType<InvalidOperationException>(w.Exception!.InnerException));
        foreach (var record in good)
        {
            Assert.NotNull(await _repository.FindAsync(record.Kind, record.Id, CancellationToken.None));
        }

        foreach (var record in failing)
        {
            Assert.Null(await _repository.FindAsync(record.Kind, record.Id, CancellationToken.None));
        }
    }

    [Fact]
    public async Task CancelledBeforeItRuns_IsNotWritten()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _repository.AddAsync(Record(1), null, cancelled.Token));

        Assert.Null(await _repository.FindAsync(CalculationKinds.Advance, Record(1).Id, CancellationToken.None));
    }

    [Fact]
    public async Task Checkpoint_AfterAWrite_CopiesItIntoTheDatabaseFile()
    {
        _database.Checkpoint();
        var before = new FileInfo(_database.FilePath).Length;
        var large = Record(7) with { ResultJson = System.Text.Encoding.UTF8.GetBytes("{\"x\":\"" + new string('a', 300_000) + "\"}") };
        await _repository.AddAsync(large, null, CancellationToken.None);
        var committed = new FileInfo(_database.FilePath).Length;

        _database.Checkpoint();

        Assert.True(committed - before < 100_000, "a commit writes the log, not the database file");
        Assert.True(new FileInfo(_database.FilePath).Length - before > 250_000, "the checkpoint copied the row into the database file");
    }

    private static CalculationRecord Record(int i) =>
        new($"00000000-0000-7000-8000-{i:D12}", CalculationKinds.Advance, "{}", "sha256:1", System.Text.Encoding.UTF8.GetBytes($"{{\"nr\":{i}}}"), Instant.FromUtc(2026, 1, 1, 0, 0).Plus(Duration.FromSeconds(i)));
}
