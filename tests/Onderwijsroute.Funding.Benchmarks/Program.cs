using System.Diagnostics;
using BenchmarkDotNet.Running;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

if (args is ["montecarlo-peak", ..])
{
    // Monte Carlo runs (10,000 draws unless given; threads as many as cores unless given; one run unless given) in a fresh process: wall and
    // CPU time, the process's peak working set, and a hash of every band so that a speed-up can be checked to give
    // bit-identical results.
    var draws = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    var threads = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
    var scenario = ReadyScenarios.All.Single(s => s.Name == "plafond-15-miljoen");
    // Runs after the first are warm (for a profile of the steady state: perf record, see docs/performance-issue-17.md).
    var runs = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1;
    using var process = Process.GetCurrentProcess();
    for (var run = 0; run < runs; run++)
    {
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        var result = UncertaintyAnalysis.Run(scenario, new UncertaintyAnalysisSettings { Draws = draws, Seed = 2026, MaxDegreeOfParallelism = threads });
        watch.Stop();
        process.Refresh();
        Console.WriteLine($"run={run + 1} draws={result.Draws} threads={threads} seconds={watch.Elapsed.TotalSeconds:0.000} cpuSeconds={(process.TotalProcessorTime - cpu).TotalSeconds:0.00} peakWorkingSetMB={process.PeakWorkingSet64 / 1024.0 / 1024.0:0.0} allocatedMB={(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0:0.0} gen0={GC.CollectionCount(0) - collections} maxBandErrorEUR={result.MunicipalityBandMaxError.Euros} bandsOutsidePilot={result.BandsOutsidePilotRange} fingerprint={result.BandsFingerprint()}");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Onderwijsroute.Funding.Benchmarks.NationalCalculationBenchmarks).Assembly).Run(args);
