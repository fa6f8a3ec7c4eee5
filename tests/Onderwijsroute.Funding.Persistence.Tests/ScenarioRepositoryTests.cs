using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class ScenarioRepositoryTests
{
    // Microseconds: PostgreSQL keeps no finer fraction.
    internal static readonly Instant At = Instant.FromUtc(2026, 11, 28, 23, 0, 0).PlusNanoseconds(123_456_000);

    internal static ScenarioRecord Scenario(string id, bool ready, string name = "naam", string? owner = null) =>
        new(id, name, "omschrijving", $"{{\"naam\":\"{name}\"}}", "sha256:a", "sha256:b", ready, At) { Owner = owner ?? (ready ? ScenarioRecord.SystemOwner : "0123456789abcdef") };

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task AddScenario_ThenFind_ReturnsItUnchanged_AndASecondAddOfTheSameIdIsIgnored(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        var record = Scenario("vastgesteld-beleid", ready: true);

        Assert.True(repository.AddScenario(record));
        Assert.False(repository.AddScenario(record with { Name = "anders" }));

        Assert.Equal(record, await repository.FindScenarioAsync("vastgesteld-beleid", CancellationToken.None));
        Assert.Null(await repository.FindScenarioAsync("bestaat-niet", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task ListScenarios_PutsReadyOnesFirst_CountsAll_AndFiltersByNameOwnerAndReadiness(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        repository.AddScenario(Scenario("b-eigen", ready: false, "b"));
        repository.AddScenario(Scenario("a-klaar", ready: true, "a"));
        repository.AddScenario(Scenario("c-ander", ready: false, "b", owner: "fedcba9876543210"));

        var (records, total) = await repository.ListScenariosAsync(ScenarioFilter.None, 0, 10, CancellationToken.None);
        var (named, namedTotal) = await repository.ListScenariosAsync(new ScenarioFilter(Name: "b"), 0, 1, CancellationToken.None);
        var (ofOwner, _) = await repository.ListScenariosAsync(new ScenarioFilter(Owner: "fedcba9876543210"), 0, 10, CancellationToken.None);
        var (notReady, _) = await repository.ListScenariosAsync(new ScenarioFilter(IsReady: false), 0, 10, CancellationToken.None);

        Assert.Equal(3, total);
        Assert.Equal(["a-klaar", "b-eigen", "c-ander"], records.Select(r => r.Id));
        Assert.Equal((2, "b-eigen"), (namedTotal, named.Single().Id));
        Assert.Equal(["c-ander"], ofOwner.Select(r => r.Id));
        Assert.Equal(["b-eigen", "c-ander"], notReady.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Create_RefusesANameTheOwnerAlreadyUses_ButAnotherOwnerMayUseIt(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        Assert.Equal(ConditionalWriteOutcome.Written, await repository.CreateScenarioAsync(Scenario("s1", ready: false, "basis"), null, CancellationToken.None));

        Assert.Equal(ConditionalWriteOutcome.NameTaken, await repository.CreateScenarioAsync(Scenario("s2", ready: false, "basis"), null, CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.Written, await repository.CreateScenarioAsync(Scenario("s3", ready: false, "basis", owner: "fedcba9876543210"), null, CancellationToken.None));
        Assert.Null(await repository.FindScenarioAsync("s2", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Replace_ChecksTheVersion_GrowsIt_AndRefusesATakenName(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        await repository.CreateScenarioAsync(Scenario("s1", ready: false, "een"), null, CancellationToken.None);
        await repository.CreateScenarioAsync(Scenario("s2", ready: false, "twee"), null, CancellationToken.None);
        var later = At.Plus(Duration.FromMinutes(5));
        var replacement = Scenario("s1", ready: false, "een-b") with { ModifiedAt = later, BaseScenarioId = "ignored" };

        var stale = await repository.ReplaceScenarioAsync(replacement, expectedVersion: 2, null, CancellationToken.None);
        var written = await repository.ReplaceScenarioAsync(replacement, expectedVersion: 1, null, CancellationToken.None);
        var taken = await repository.ReplaceScenarioAsync(replacement with { Name = "twee" }, expectedVersion: null, null, CancellationToken.None);
        var missing = await repository.ReplaceScenarioAsync(Scenario("s9", ready: false), expectedVersion: null, null, CancellationToken.None);

        Assert.Equal(ConditionalWriteOutcome.VersionMismatch, stale.Outcome);
        Assert.Equal(new ConditionalWriteResult(ConditionalWriteOutcome.Written, 2), written);
        Assert.Equal(ConditionalWriteOutcome.NameTaken, taken.Outcome);
        Assert.Equal(ConditionalWriteOutcome.NotFound, missing.Outcome);
        var stored = await repository.FindScenarioAsync("s1", CancellationToken.None);
        Assert.Equal(("een-b", 2L, later, At, (string?)"ignored"), (stored!.Name, stored.Version, stored.ModifiedAt, stored.CreatedAt, stored.BaseScenarioId));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Delete_ChecksTheVersion(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        await repository.CreateScenarioAsync(Scenario("s1", ready: false), null, CancellationToken.None);

        Assert.Equal(ConditionalWriteOutcome.VersionMismatch, await repository.DeleteScenarioAsync("s1", 7, null, CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.Written, await repository.DeleteScenarioAsync("s1", 1, null, CancellationToken.None));
        Assert.Equal(ConditionalWriteOutcome.NotFound, await repository.DeleteScenarioAsync("s1", null, null, CancellationToken.None));
    }
}
