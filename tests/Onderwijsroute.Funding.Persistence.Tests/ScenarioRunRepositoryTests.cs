using NodaTime;
using static Onderwijsroute.Funding.Persistence.Tests.ScenarioRepositoryTests;

namespace Onderwijsroute.Funding.Persistence.Tests;

public sealed class ScenarioRunRepositoryTests
{
    private static ScenarioRunRecord Run(string id, string scenarioId, Instant createdAt) =>
        new(id, scenarioId, $"naam van {scenarioId}", "1.0.0", "sha256:b", "sha256:a", "{\"jaren\":[]}", "{\"landelijk\":[]}", "[]", createdAt);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Run_RoundTrip_OutlivesItsScenario(string engine)
    {
        using var store = TestStore.Create(engine);
        await store.Scenarios.CreateScenarioAsync(Scenario("s", ready: false), null, CancellationToken.None);
        var run = Run("01a22473-8405-7ba7-9743-e9d04a18e843", "s", At);
        await store.Runs.AddRunAsync(run, null, CancellationToken.None);

        Assert.Equal(ConditionalWriteOutcome.Written, await store.Scenarios.DeleteScenarioAsync("s", 1, null, CancellationToken.None));

        Assert.Equal(run, await store.Runs.FindRunAsync(run.Id, CancellationToken.None));
        Assert.Null(await store.Runs.FindRunAsync("bestaat-niet", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task ListRuns_FiltersByScenarioAndPeriod_NewestFirst_AndCounts(string engine)
    {
        using var store = TestStore.Create(engine);
        await store.Runs.AddRunAsync(Run("d1", "s1", At), null, CancellationToken.None);
        await store.Runs.AddRunAsync(Run("d2", "s1", At + Duration.FromHours(1)), null, CancellationToken.None);
        await store.Runs.AddRunAsync(Run("d3", "s2", At + Duration.FromHours(2)), null, CancellationToken.None);

        var (page, total) = await store.Runs.ListRunsAsync(ListFilter.None, 1, 1, CancellationToken.None);
        var (ofS1, s1Total) = await store.Runs.ListRunsAsync(new ListFilter(ScenarioId: "s1"), 0, 10, CancellationToken.None);
        var (period, _) = await store.Runs.ListRunsAsync(new ListFilter(From: At + Duration.FromMinutes(30), Until: At + Duration.FromHours(2)), 0, 10, CancellationToken.None);

        Assert.Equal((3L, "d2"), (total, page.Single().Id));
        Assert.Equal(2L, s1Total);
        Assert.Equal(["d2", "d1"], ofS1.Select(r => r.Id));
        Assert.Equal(new ScenarioRunSummary("d2", "s1", "naam van s1", "1.0.0", "sha256:b", "sha256:a", At + Duration.FromHours(1)), period.Single());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Comparison_RoundTrip_AndListFilteredByScenarioOrRun_WithItsRunsInOrder(string engine)
    {
        using var store = TestStore.Create(engine);
        ComparedRun[] first = [new("d2", "s2", "twee"), new("d1", "s1", "een")];
        ComparedRun[] second = [new("d1", "s1", "een"), new("d3", "s3", "drie")];
        var comparison = new ComparisonRecord("v1", "1.0.0", "sha256:b", first, "{\"doorrekeningen\":[\"d2\",\"d1\"]}", "{\"verschillen\":[]}", At);
        await store.Comparisons.AddComparisonAsync(comparison, null, CancellationToken.None);
        await store.Comparisons.AddComparisonAsync(comparison with { Id = "v2", Runs = second, CreatedAt = At + Duration.FromHours(1) }, null, CancellationToken.None);

        var found = await store.Comparisons.FindComparisonAsync("v1", CancellationToken.None);
        var (all, total) = await store.Comparisons.ListComparisonsAsync(ListFilter.None, 0, 10, CancellationToken.None);
        var (ofS2, _) = await store.Comparisons.ListComparisonsAsync(new ListFilter(ScenarioId: "s2"), 0, 10, CancellationToken.None);
        var (ofD3, _) = await store.Comparisons.ListComparisonsAsync(new ListFilter(RunId: "d3"), 0, 10, CancellationToken.None);

        Assert.Equal((comparison.Id, comparison.RequestJson, comparison.ResultJson, comparison.CreatedAt), (found!.Id, found.RequestJson, found.ResultJson, found.CreatedAt));
        Assert.Equal(first, found.Runs);
        Assert.Equal(2L, total);
        Assert.Equal(["v2", "v1"], all.Select(c => c.Id));
        Assert.Equal(second, all[0].Runs);
        Assert.Equal(["v1"], ofS2.Select(c => c.Id));
        Assert.Equal(["v2"], ofD3.Select(c => c.Id));
        Assert.Null(await store.Comparisons.FindComparisonAsync("bestaat-niet", CancellationToken.None));
    }
}
