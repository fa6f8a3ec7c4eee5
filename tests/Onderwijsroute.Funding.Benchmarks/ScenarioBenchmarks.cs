using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Benchmarks;

/// <summary>
/// Scenario runs over 342 gemeenten × 9 years (2022–2030), all schemes. Targets: deterministic run ≤ 2 ms mean;
/// Monte Carlo 10,000 draws ≤ 0.5 s on 2 cores (issue 17; first round 2.31 s), peak memory ≤ 300 MB (run
/// <c>-- montecarlo-peak</c>). The stages of one draw and its floor: <see cref="MonteCarloDrawBenchmarks"/>.
/// </summary>
/// <remarks>
/// A fixed, modest job: a Monte Carlo operation takes seconds, so BenchmarkDotNet's default of dozens of iterations
/// would hold the shared machine for many minutes. Iterate with <c>--job short</c> and a <c>--filter</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class ScenarioBenchmarks
{
    private ScenarioDefinition _adopted = null!;
    private ScenarioDefinition _pot = null!;

    [GlobalSetup]
    public void Setup()
    {
        _adopted = ReadyScenarios.All.Single(s => s.Name == "vastgesteld-beleid");
        _pot = ReadyScenarios.All.Single(s => s.Name == "plafond-15-miljoen");
    }

    /// <summary>The adopted policy, deterministic, with every gemeente and region line.</summary>
    [Benchmark]
    public ScenarioRunResult DeterministicRunAdoptedPolicy() => ScenarioEngine.Run(_adopted);

    /// <summary>The capped pot scenario (eight years of distributions by year-end count), deterministic.</summary>
    [Benchmark]
    public ScenarioRunResult DeterministicRunCappedPot() => ScenarioEngine.Run(_pot);

    /// <summary>10,000 draws of the capped pot scenario (the heaviest: a distribution per year per draw), uncertain price too.</summary>
    [Benchmark]
    public UncertaintyAnalysisResult MonteCarlo10000Draws() => UncertaintyAnalysis.Run(_pot, new UncertaintyAnalysisSettings { Draws = 10_000, Seed = 2026 });
}
