using BenchmarkDotNet.Attributes;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Benchmarks;

/// <summary>
/// One Monte Carlo draw of <c>plafond-15-miljoen</c> (342 gemeenten × 9 years), stage by stage, per draw. The first
/// three make the floor of docs/performance-issue-17.md: what a draw must at least do (the multinomial spread of the
/// participants of every year, the year sums, the eight capped distributions by the year-end count); the others are
/// the rest of a draw (the kernel's amounts, the national figures with their gap percentiles, the gemeente histograms).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class MonteCarloDrawBenchmarks
{
    private const int Draws = 64;

    private ScenarioRates _rates = null!;
    private DrawSampler _sampler = null!;
    private DrawWorker _worker = null!;
    private long[][][] _national = null!;
    private long[][][] _starters = null!;
    private long[] _factors = null!;
    private long[][][] _gaps = null!;
    private long[][][] _yearEnd = null!;
    private (ulong BudgetUnits, long UnitCents, int Year)[] _pots = null!;
    private CountDistributor _distributor = null!;
    private GapHistograms.HistogramCounts _counts = null!;

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ReadyScenarios.All.Single(s => s.Name == "plafond-15-miljoen");
        _rates = ScenarioRates.Build(scenario, ScenarioEngine.Explain(scenario));
        _sampler = new DrawSampler(_rates, (double)scenario.ParticipantsCv!.Value, (double)scenario.PriceCv!.Value, 2026);
        _worker = new DrawWorker(_rates);
        _national = Enumerable.Range(0, ScenarioFigures.All.Count).Select(_ => Enumerable.Range(0, _rates.Years).Select(_ => new long[Draws]).ToArray()).ToArray();
        _starters = new long[Draws][][];
        _factors = new long[Draws];
        _gaps = new long[Draws][][];
        _yearEnd = new long[Draws][][];
        var series = _rates.Years * _rates.MunicipalityCount;
        var pilot = new long[Draws * series];
        for (var d = 0; d < Draws; d++)
        {
            _sampler.Compute(d, _worker, _national);
            _starters[d] = _worker.Output.Starters.Select(a => a.ToArray()).ToArray();
            _factors[d] = _sampler.Spread(d, _worker.Random, new KernelOutput(_rates.Years, _rates.MunicipalityCount).Starters);
            _gaps[d] = _worker.Output.Gap.Select(a => a.ToArray()).ToArray();
            _yearEnd[d] = _worker.Output.YearEnd.Select(a => a.ToArray()).ToArray();
            _gaps[d].SelectMany(a => a).ToArray().CopyTo(pilot, d * series);
        }

        // The capped pots distributed by the year-end count: the €35M grant until 2025 and the scenario's €15M from 2026.
        _pots = Enumerable.Range(0, _rates.Years)
            .SelectMany(t => new[] { _rates.EducationRouteGrant[t], _rates.ScenarioPot[t] }.Where(p => p is { FixedAmounts: null }).Select(p => ((ulong)(p!.Budget.Cents / p.Unit.Cents), p.Unit.Cents, t)))
            .ToArray();
        if (_pots.Length != 8)
        {
            throw new InvalidOperationException($"Expected eight capped distributions, found {_pots.Length}.");
        }

        _distributor = new CountDistributor(_rates.MunicipalityCount);
        _counts = new GapHistograms(pilot, Draws, series).NewCounts(1024);
    }

    /// <summary>Floor, part 1: the price factor, each year's national count and its multinomial spread over the gemeenten.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public long Spread()
    {
        var sum = 0L;
        for (var d = 0; d < Draws; d++)
        {
            sum += _sampler.Spread(d, _worker.Random, _worker.Output.Starters);
        }

        return sum;
    }

    /// <summary>Floor, part 2: the national sums of a draw, ten amounts or counts per gemeente and year.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public long YearSums()
    {
        var o = _worker.Output;
        var sum = 0L;
        for (var d = 0; d < Draws; d++)
        {
            for (var t = 0; t < _rates.Years; t++)
            {
                sum += o.Starters[t].Sum() + o.Active[t].Sum() + o.YearEnd[t].Sum() + o.Cost[t].Sum() + o.Regular[t].Sum()
                    + o.Supplement[t].Sum() + o.Grant[t].Sum() + o.Pot[t].Sum() + o.Central[t].Sum() + o.Fund[t].Sum();
            }
        }

        return sum;
    }

    /// <summary>Floor, part 3: the eight capped distributions of a draw, by its year-end counts.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public long EightDistributions()
    {
        var units = _worker.Output.Pot[0];
        var sum = 0L;
        for (var d = 0; d < Draws; d++)
        {
            foreach (var (budget, unit, t) in _pots)
            {
                var counts = _yearEnd[d][t];
                _distributor.Distribute(budget, unit, counts, counts.Sum(), units);
                sum += units[0];
            }
        }

        return sum;
    }

    /// <summary>The kernel: every gemeente's cost and income of every year of a draw (the distributions included).</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public void Kernel()
    {
        for (var d = 0; d < Draws; d++)
        {
            for (var t = 0; t < _rates.Years; t++)
            {
                _starters[d][t].CopyTo(_worker.Output.Starters[t], 0);
            }

            ScenarioKernel.Compute(_rates, _worker.Output, _factors[d], _worker.Prices);
        }
    }

    /// <summary>The national figures of every year of a draw: sums, the gap statistics and their three percentiles.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public void Figures()
    {
        for (var d = 0; d < Draws; d++)
        {
            for (var t = 0; t < _rates.Years; t++)
            {
                ScenarioFigures.Compute(_worker.Output, t, _worker.Figures, _worker.SortBuffer);
            }
        }
    }

    /// <summary>The gemeente histograms: a draw's 3,078 gaps binned, and counted once every 1,024 draws.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public void Histograms()
    {
        for (var d = 0; d < Draws; d++)
        {
            _counts.Add(_gaps[d]);
        }
    }

    /// <summary>A whole draw as the simulation computes it: spread, kernel, figures and histograms.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public void WholeDraw()
    {
        for (var d = 0; d < Draws; d++)
        {
            _sampler.Compute(d, _worker, _national);
            _counts.Add(_worker.Output.Gap);
        }
    }
}
