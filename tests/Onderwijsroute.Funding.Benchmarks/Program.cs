using System.Diagnostics;
using BenchmarkDotNet.Running;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

if (args is ["montecarlo-peak", ..])
{
    // One Monte Carlo run of 10,000 draws in a fresh process: wall time and the process's peak working set.
    var draws = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    var scenario = ReadyScenarios.All.Single(s => s.Name == "plafond-15-miljoen");
    var watch = Stopwatch.StartNew();
    var result = ScenarioSimulator.Simulate(scenario, new MonteCarloSettings { Draws = draws, Seed = 2026 });
    watch.Stop();
    using var process = Process.GetCurrentProcess();
    Console.WriteLine($"draws={result.Draws} seconds={watch.Elapsed.TotalSeconds:0.000} peakWorkingSetMB={process.PeakWorkingSet64 / 1024.0 / 1024.0:0.0} maxBandErrorEUR={result.MunicipalityBandMaxError.Euros} bandsOutsidePilot={result.BandsOutsidePilotRange}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Onderwijsroute.Funding.Benchmarks.NationalCalculationBenchmarks).Assembly).Run(args);
