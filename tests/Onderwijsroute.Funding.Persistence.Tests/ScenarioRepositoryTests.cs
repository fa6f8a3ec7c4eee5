using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class ScenarioRepositoryTests : IDisposable
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 28, 23, 0, 0).PlusNanoseconds(123_456_700);
    private readonly TemporaryDatabaseFile _file = new();
    private readonly ScenarioRepository _repository;

    public ScenarioRepositoryTests()
    {
        var database = _file.Open();
        DatabaseMigrator.Migrate(database);
        _repository = new ScenarioRepository(database);
    }

    public void Dispose() => _file.Dispose();

    internal static ScenarioRecord Scenario(string id, bool ready, string name = "naam", string? owner = null) =>
        new(id, name, "omschrijving", $"{{\"naam\":\"{name}\"}}", "sha256:a", "sha256:b", ready, At) { Owner = owner ?? (ready ? ScenarioRecord.SystemOwner : "0123456789abcdef") };

    [Fact]
    public async Task AddScenario_ThenFind_ReturnsItUnchanged_AndASecondAddOfTheSameIdIsIgnored()
    {
        var record = Scenario("vastgesteld-beleid", ready: true);

        Assert.True(_repository.AddScenario(record));
        Assert.False(_repository.AddScenario(record with { Name = "anders" }));

        Assert.Equal(record, await _repository.FindScenarioAsync("vastgesteld-beleid", CancellationToken.None));
        Assert.Null(await _repository.FindScenarioAsync("bestaat-niet", CancellationToken.None));
    }

    [Fact]
    public async Task ListScenarios_PutsReadyOnesFirst_CountsAll_AndFiltersByNameOwnerAndReadiness()
    {
        _repository.AddScenario(Scenario("b-eigen", ready: false, "b"));
        _repository.AddScenario(Scenario("a-klaar", ready: true, "a"));
        _repository.AddScenario(Scenario("c-ander", ready: false, "b", owner: "fedcba9876543210"));

        var (records, total) = await _repository.ListScenariosAsync(ScenarioFilter.None, 0, 10, CancellationToken.None);
        var (named, namedTotal) = await _repository.ListScenariosAsync(new ScenarioFilter(Name: "b"), 0, 1, CancellationToken.None);
        var (ofOwner, _) = await _repository.ListScenariosAsync(new ScenarioFilter(Owner: "fedcba9876543210"), 0, 10, CancellationToken.None);
        var (notReady, _) = await _repository.ListScenariosAsync(new ScenarioFilter(IsReady: false), 0, 10, CancellationToken.None);

        Assert.Equal(3, total);
        Assert.Equal(["a-klaar", "b-eigen", "c-ander"], records.Select(r => r.Id));
        Assert.Equal((2, "b-eigen"), (namedTotal, named.Single().Id));
        Assert.Equal(["c-ander"], ofOwner.Select(r => r.Id));
        Assert.Equal(["b-eigen", "c-ander"], notReady.Select(r => r.Id));
    }

    [Fact]
    public async Task Create_RefusesANameTheOwnerAlreadyUses_ButAnotherOwnerMayUseIt()
    {
        Assert.Equal(ConditionalWriteOutcome.Written, await _repository.CreateScenarioAsync(Scenario("s1", ready: false, "basis"), CancellationToken.None));

        Assert.Equal(ConditionalWriteOutcome.NameTaken, await _repository.CreateScenarioAsync(Scenario("s2", ready: false, "basis"), CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.Written, await _repository.CreateScenarioAsync(Scenario("s3", ready: false, "basis", owner: "fedcba9876543210"), CancellationToken.None));
        Assert.Null(await _repository.FindScenarioAsync("s2", CancellationToken.None));
    }

    [Fact]
    public async Task Replace_ChecksTheVersion_GrowsIt_AndRefusesATakenName()
    {
        await _repository.CreateScenarioAsync(Scenario("s1", ready: false, "een"), CancellationToken.None);
        await _repository.CreateScenarioAsync(Scenario("s2", ready: false, "twee"), CancellationToken.None);
        var later = At.Plus(Duration.FromMinutes(5));
        var replacement = Scenario("s1", ready: false, "een-b") with { ModifiedAt = later, BaseScenarioId = "ignored" };

        var stale = await _repository.ReplaceScenarioAsync(replacement, expectedVersion: 2, CancellationToken.None);
        var written = await _repository.ReplaceScenarioAsync(replacement, expectedVersion: 1, CancellationToken.None);
        var taken = await _repository.ReplaceScenarioAsync(replacement with { Name = "twee" }, expectedVersion: null, CancellationToken.None);
        var missing = await _repository.ReplaceScenarioAsync(Scenario("s9", ready: false), expectedVersion: null, CancellationToken.None);

        Assert.Equal(ConditionalWriteOutcome.VersionMismatch, stale.Outcome);
        Assert.Equal(new ConditionalWriteResult(ConditionalWriteOutcome.Written, 2), written);
        Assert.Equal(ConditionalWriteOutcome.NameTaken, taken.Outcome);
        Assert.Equal(ConditionalWriteOutcome.NotFound, missing.Outcome);
        var stored = await _repository.FindScenarioAsync("s1", CancellationToken.None);
        Assert.Equal(("een-b", 2L, later, At, (string?)"ignored"), (stored!.Name, stored.Version, stored.ModifiedAt, stored.CreatedAt, stored.BaseScenarioId));
    }

    [Fact]
    public async Task Delete_ChecksTheVersion()
    {
        await _repository.CreateScenarioAsync(Scenario("s1", ready: false), CancellationToken.None);

        Assert.Equal(ConditionalWriteOutcome.VersionMismatch, await _repository.DeleteScenarioAsync("s1", 7, CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.Written, await _repository.DeleteScenarioAsync("s1", 1, CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.NotFound, await _repository.DeleteScenarioAsync("s1", null, CancellationToken.None));
    }
}
