using NodaTime;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class ScenarioRepositoryTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 28, 23, 0, 0).PlusNanoseconds(123_456_000);

    private static ScenarioRecord Scenario(string id, bool ready) => new(id, "naam", "omschrijving", "{\"naam\":\"naam\"}", "sha256:a", "sha256:b", ready, At);

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
    public async Task ListScenarios_PutsReadyOnesFirst_AndCountsAll(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        repository.AddScenario(Scenario("b-eigen", ready: false));
        repository.AddScenario(Scenario("a-klaar", ready: true));

        var (records, total) = await repository.ListScenariosAsync(0, 10, CancellationToken.None);

        Assert.Equal(2, total);
        Assert.Equal(["a-klaar", "b-eigen"], records.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Run_AndSimulation_RoundTrip(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        repository.AddScenario(Scenario("s", ready: false));
        var run = new ScenarioRunRecord("01a22473-8405-7ba7-9743-e9d04a18e843", "s", "1.0.0", "sha256:b", "sha256:a", "{}", "{\"jaren\":[]}", "[]", At);
        await repository.AddRunAsync(run, CancellationToken.None);
        var simulation = new SimulationRecord("01a22473-8405-7ba7-9743-e9d04a18e844", "s", "1.0.0", "sha256:b", "sha256:a", "{}", "wachtend", 1000, 0, null, At, null, KeyId: "0123456789abcdef");
        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(simulation, maxPerKey: 1, maxTotal: 1));

        repository.UpdateSimulation(simulation.Id, "mislukt", 1000, null, At.Plus(Duration.FromSeconds(3)), "De schijf was vol.");

        Assert.Equal(run, await repository.FindRunAsync(run.Id, CancellationToken.None));
        Assert.Equal(simulation with { Status = "mislukt", DrawsDone = 1000, FinishedAt = At.Plus(Duration.FromSeconds(3)), Reason = "De schijf was vol." }, await repository.FindSimulationAsync(simulation.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Admission_BoundsWaitingAndRunningAnalyses_PerKeyAndInTotal_AndFinishedOnesFreeAPlace(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        repository.AddScenario(Scenario("s", ready: false));
        SimulationRecord Analysis(int n, string key) => new($"01a22473-8405-7ba7-9743-e9d04a18e8{n:00}", "s", "1.0.0", "sha256:b", "sha256:a", "{}", "wachtend", 10, 0, null, At, null, KeyId: key);

        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(Analysis(1, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(Analysis(2, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.KeyQueueFull, repository.AdmitSimulation(Analysis(3, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(Analysis(4, "b"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.QueueFull, repository.AdmitSimulation(Analysis(5, "b"), maxPerKey: 2, maxTotal: 3));
        repository.UpdateSimulation(Analysis(1, "a").Id, "bezig", 3, null, null);
        repository.UpdateSimulation(Analysis(2, "a").Id, "gereed", 10, "{}", At);

        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(Analysis(6, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal([Analysis(1, "a").Id, Analysis(4, "b").Id, Analysis(6, "a").Id], repository.UnfinishedSimulations().Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Null(await repository.FindSimulationAsync(Analysis(3, "a").Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Lease_OneOwnerHoldsAnAnalysisUntilItsLeaseRunsOut_ThenAnotherTakesItOver(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        repository.AddScenario(Scenario("s", ready: false));
        var analysis = new SimulationRecord("01a22473-8405-7ba7-9743-e9d04a18e801", "s", "1.0.0", "sha256:b", "sha256:a", "{}", "wachtend", 10, 0, null, At, null);
        repository.AdmitSimulation(analysis, maxPerKey: 5, maxTotal: 5);
        var lease = Duration.FromSeconds(30);

        Assert.Equal(analysis.Id, repository.ClaimNextSimulation("a", At, At + lease)?.Id);
        Assert.Null(repository.ClaimNextSimulation("b", At + Duration.FromSeconds(10), At + Duration.FromSeconds(10) + lease));
        Assert.False(repository.ClaimSimulation(analysis.Id, "b", At + Duration.FromSeconds(10), At + Duration.FromSeconds(10) + lease));
        Assert.True(repository.RenewSimulationLease(analysis.Id, "a", At + Duration.FromSeconds(40)));
        Assert.False(repository.RenewSimulationLease(analysis.Id, "b", At + Duration.FromSeconds(40)));

        // a died: its lease runs out at +40 s and b takes the analysis over; a can no longer renew it.
        Assert.Null(repository.ClaimNextSimulation("b", At + Duration.FromSeconds(39), At + Duration.FromSeconds(69)));
        Assert.Equal(analysis.Id, repository.ClaimNextSimulation("b", At + Duration.FromSeconds(41), At + Duration.FromSeconds(71))?.Id);
        Assert.False(repository.RenewSimulationLease(analysis.Id, "a", At + Duration.FromSeconds(80)));

        // An analysis that ended is nobody's to claim or renew.
        repository.UpdateSimulation(analysis.Id, "gereed", 10, "{}", At + Duration.FromSeconds(50));
        Assert.False(repository.RenewSimulationLease(analysis.Id, "b", At + Duration.FromSeconds(90)));
        Assert.Null(repository.ClaimNextSimulation("c", At + Duration.FromDays(1), At + Duration.FromDays(2)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task ClaimNext_FromParallelInstances_TakesEveryAnalysisExactlyOnce(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Scenarios;
        repository.AddScenario(Scenario("s", ready: false));
        for (var n = 0; n < 24; n++)
        {
            repository.AdmitSimulation(new SimulationRecord($"01a22473-8405-7ba7-9743-e9d04a18e8{n:00}", "s", "1.0.0", "sha256:b", "sha256:a", "{}", "wachtend", 10, 0, null, At, null), maxPerKey: 100, maxTotal: 100);
        }

        var claimed = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
        {
            var mine = new List<string>();
            while (repository.ClaimNextSimulation($"instantie-{i}", At, At + Duration.FromMinutes(1)) is { } record)
            {
                mine.Add(record.Id);
            }

            return mine;
        })));

        var all = claimed.SelectMany(c => c).ToArray();
        Assert.Equal(24, all.Length);
        Assert.Equal(24, all.Distinct().Count());
    }
}
