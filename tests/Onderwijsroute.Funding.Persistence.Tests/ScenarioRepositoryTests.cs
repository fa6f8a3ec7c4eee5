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

    private static ScenarioRecord Scenario(string id, bool ready) => new(id, "naam", "omschrijving", "{\"naam\":\"naam\"}", "sha256:a", "sha256:b", ready, At);

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
    public async Task ListScenarios_PutsReadyOnesFirst_AndCountsAll()
    {
        _repository.AddScenario(Scenario("b-eigen", ready: false));
        _repository.AddScenario(Scenario("a-klaar", ready: true));

        var (records, total) = await _repository.ListScenariosAsync(0, 10, CancellationToken.None);

        Assert.Equal(2, total);
        Assert.Equal(["a-klaar", "b-eigen"], records.Select(r => r.Id));
    }

    [Fact]
    public async Task Run_AndSimulation_RoundTrip()
    {
        _repository.AddScenario(Scenario("s", ready: false));
        var run = new ScenarioRunRecord("01a22473-8405-7ba7-9743-e9d04a18e843", "s", "1.0.0", "sha256:b", "sha256:a", "{}", "{\"jaren\":[]}", "[]", At);
        await _repository.AddRunAsync(run, CancellationToken.None);
        var simulation = new SimulationRecord("01a22473-8405-7ba7-9743-e9d04a18e844", "s", "1.0.0", "sha256:b", "sha256:a", "{}", "wachtend", 1000, 0, null, At, null, KeyId: "0123456789abcdef");
        Assert.Equal(SimulationAdmission.Admitted, _repository.AdmitSimulation(simulation, maxPerKey: 1, maxTotal: 1));

        _repository.UpdateSimulation(simulation.Id, "mislukt", 1000, null, At.Plus(Duration.FromSeconds(3)), "De schijf was vol.");

        Assert.Equal(run, await _repository.FindRunAsync(run.Id, CancellationToken.None));
        Assert.Equal(simulation with { Status = "mislukt", DrawsDone = 1000, FinishedAt = At.Plus(Duration.FromSeconds(3)), Reason = "De schijf was vol." }, await _repository.FindSimulationAsync(simulation.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Admission_BoundsWaitingAndRunningAnalyses_PerKeyAndInTotal_AndFinishedOnesFreeAPlace()
    {
        _repository.AddScenario(Scenario("s", ready: false));
        SimulationRecord Analysis(int n, string key) => new($"01a22473-8405-7ba7-9743-e9d04a18e8{n:00}", "s", "1.0.0", "sha256:b", "sha256:a", "{}", "wachtend", 10, 0, null, At, null, KeyId: key);

        Assert.Equal(SimulationAdmission.Admitted, _repository.AdmitSimulation(Analysis(1, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.Admitted, _repository.AdmitSimulation(Analysis(2, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.KeyQueueFull, _repository.AdmitSimulation(Analysis(3, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.Admitted, _repository.AdmitSimulation(Analysis(4, "b"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal(SimulationAdmission.QueueFull, _repository.AdmitSimulation(Analysis(5, "b"), maxPerKey: 2, maxTotal: 3));
        _repository.UpdateSimulation(Analysis(1, "a").Id, "bezig", 3, null, null);
        _repository.UpdateSimulation(Analysis(2, "a").Id, "gereed", 10, "{}", At);

        Assert.Equal(SimulationAdmission.Admitted, _repository.AdmitSimulation(Analysis(6, "a"), maxPerKey: 2, maxTotal: 3));
        Assert.Equal([Analysis(1, "a").Id, Analysis(4, "b").Id, Analysis(6, "a").Id], _repository.UnfinishedSimulations().Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Null(await _repository.FindSimulationAsync(Analysis(3, "a").Id, CancellationToken.None));
    }
}
