using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Running;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

if (args is ["montecarlo-peak", ..])
{
    // One Monte Carlo run of 10,000 draws in a fresh process: wall time, the process's peak working set, and a hash of
    // every band so that a speed-up can be checked to give bit-identical results.
    var draws = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    var threads = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
    var scenario = ReadyScenarios.All.Single(s => s.Name == "plafond-15-miljoen");
    var watch = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var result = UncertaintyAnalysis.Run(scenario, new UncertaintyAnalysisSettings { Draws = draws, Seed = 2026, MaxDegreeOfParallelism = threads });
    watch.Stop();
    using var process = Process.GetCurrentProcess();
    var text = new StringBuilder();
    foreach (var year in result.Years)
    {
        foreach (var f in year.Figures)
        {
            text.Append(f.Name).Append(' ').Append(f.P5).Append(' ').Append(f.P50).Append(' ').Append(f.P95).Append('\n');
        }

        foreach (var m in year.Municipalities)
        {
            text.Append(m.Code).Append(' ').Append(m.P5.Cents).Append(' ').Append(m.P50.Cents).Append(' ').Append(m.P95.Cents).Append('\n');
        }
    }

    var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    Console.WriteLine($"draws={result.Draws} threads={threads} seconds={watch.Elapsed.TotalSeconds:0.000} cpuSeconds={(process.TotalProcessorTime - cpu).TotalSeconds:0.00} peakWorkingSetMB={process.PeakWorkingSet64 / 1024.0 / 1024.0:0.0} maxBandErrorEUR={result.MunicipalityBandMaxError.Euros} bandsOutsidePilot={result.BandsOutsidePilotRange} fingerprint={fingerprint}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Onderwijsroute.Funding.Benchmarks.NationalCalculationBenchmarks).Assembly).Run(args);
