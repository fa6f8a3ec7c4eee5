using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Onderwijsroute.Funding.Benchmarks.NationalCalculationBenchmarks).Assembly).Run(args);
