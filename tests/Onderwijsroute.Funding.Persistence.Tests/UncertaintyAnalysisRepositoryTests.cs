using NodaTime;
using static Onderwijsroute.Funding.Persistence.Tests.ScenarioRepositoryTests;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class UncertaintyAnalysisRepositoryTests
{
    private static SimulationRecord Analysis(string id, string scenarioId, Instant createdAt, string status = "wachtend") =>
        new(id, scenarioId, "naam", "1.0.0", "sha256:b", "sha256:a", "{\"naam\":\"naam\"}", "{}", status, 10, 0, null, createdAt, null);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Analysis_RoundTrip_KeepsItsOwnCopyOfTheScenario(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Analyses;
        var simulation = new SimulationRecord("01a22473-8405-7ba7-9743-e9d04a18e844", "s", "naam", "1.0.0", "sha256:b", "sha256:a", "{\"naam\":\"naam\"}", "{}", "wachtend", 1000, 0, null, At, null, KeyId: "0123456789abcdef");
        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(simulation, maxPerKey: 1, maxTotal: 1));

        repository.UpdateSimulation(simulation.Id, "mislukt", 1000, null, At.Plus(Duration.FromSeconds(3)), "De schijf was vol.");

        Assert.Equal(simulation with { Status = "mislukt", DrawsDone = 1000, FinishedAt = At.Plus(Duration.FromSeconds(3)), Reason = "De schijf was vol." }, await repository.FindSimulationAsync(simulation.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task ListSimulations_FiltersByScenarioStatusAndPeriod_NewestFirst_WithoutScenarioOrResult(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Analyses;
        repository.AdmitSimulation(Analysis("a1", "s1", At), 10, 10);
        repository.AdmitSimulation(Analysis("a2", "s1", At + Duration.FromHours(1)), 10, 10);
        repository.AdmitSimulation(Analysis("a3", "s2", At + Duration.FromHours(2)), 10, 10);
        repository.UpdateSimulation("a2", "gereed", 10, "{}", At + Duration.FromHours(3));

        var (all, total) = await repository.ListSimulationsAsync(ListFilter.None, 0, 2, CancellationToken.None);
        var (ofS1, _) = await repository.ListSimulationsAsync(new ListFilter(ScenarioId: "s1"), 0, 10, CancellationToken.None);
        var (done, _) = await repository.ListSimulationsAsync(new ListFilter(Status: "gereed"), 0, 10, CancellationToken.None);
        var (period, _) = await repository.ListSimulationsAsync(new ListFilter(From: At + Duration.FromMinutes(30), Until: At + Duration.FromHours(2)), 0, 10, CancellationToken.None);

        Assert.Equal(3L, total);
        Assert.Equal(["a3", "a2"], all.Select(a => a.Id));
        Assert.Equal(["a2", "a1"], ofS1.Select(a => a.Id));
        Assert.Equal(["a2"], done.Select(a => a.Id));
        Assert.Equal(["a2"], period.Select(a => a.Id));
        Assert.All(all, a => Assert.Equal((string.Empty, (string?)null, "naam"), (a.InputJson, a.ResultJson, a.ScenarioName)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Admission_BoundsWaitingAndRunningAnalyses_PerKeyAndInTotal_AndFinishedOnesFreeAPlace(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Analyses;
        SimulationRecord Numbered(int n, string key) => new($"01a22473-8405-7ba7-9743-e9d04a18e8{n:00}", "s", "naam", "1.0.0", "sha256:b", "sha256:a", "{\"naam\":\"naam\"}", "{}", "wachtend", 10, 0, null, At, null, KeyId: key);

        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(Numbered(1, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(Numbered(2, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.KeyQueueFull, repository.AdmitSimulation(Numbered(3, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(Numbered(4, "b"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.QueueFull, repository.AdmitSimulation(Numbered(5, "b"), maxPerKey: 2, maxTotal: 3));
        repository.UpdateSimulation(Numbered(1, "a").Id, "bezig", 3, null, null);
        repository.UpdateSimulation(Numbered(2, "a").Id, "gereed", 10, "{}", At);

        Assert.Equal(SimulationAdmission.Admitted, repository.AdmitSimulation(Numbered(6, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal([Numbered(1, "a").Id, Numbered(4, "b").Id, Numbered(6, "a").Id], repository.UnfinishedSimulations().Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Null(await repository.FindSimulationAsync(Numbered(3, "a").Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Lease_OneOwnerHoldsAnAnalysisUntilItsLeaseRunsOut_ThenAnotherTakesItOver(string engine)
    {
        using var store = TestStore.Create(engine);
        var repository = store.Analyses;
        var analysis = new SimulationRecord("01a22473-8405-7ba7-9743-e9d04a18e801", "s", "naam", "1.0.0", "sha256:b", "sha256:a", "{\"naam\":\"naam\"}", "{}", "wachtend", 10, 0, null, At, null);
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
        var repository = store.Analyses;
        for (var n = 0; n < 24; n++)
        {
            repository.AdmitSimulation(new SimulationRecord($"01a22473-8405-7ba7-9743-e9d04a18e8{n:00}", "s", "naam", "1.0.0", "sha256:b", "sha256:a", "{\"naam\":\"naam\"}", "{}", "wachtend", 10, 0, null, At, null), maxPerKey: 100, maxTotal: 100);
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
