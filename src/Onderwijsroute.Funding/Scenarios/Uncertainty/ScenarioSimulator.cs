using System.Globalization;

namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Runs a scenario under uncertainty (Monte Carlo). Each draw: the national participants of every year from a
/// lognormal with the projection as mean and the given coefficient of variation (rounded to whole people, at most
/// twenty times the mean), spread over gemeenten by a multinomial draw on the scenario's key, optionally one lognormal
/// price factor (mean 1) for all trajecten; then the same integer kernel as the deterministic run.
/// </summary>
/// <remarks>
/// Reproducibility: draw d uses its own xoshiro256** stream seeded by (seed, d), so results do not depend on threads or
/// their scheduling; the variates use only correctly rounded IEEE operations (<see cref="DeterministicMath"/>); every
/// amount is integer cents; national percentiles are exact over stored per-draw figures; gemeente bands come from
/// histograms whose counts are order-independent. The same seed therefore gives bit-identical results on any machine.
/// </remarks>
public static class ScenarioSimulator
{
    private const int PilotDraws = 128;
    private const int ChunkSize = 32;
    private const long MaxMeanMultiple = 20;

    /// <summary>Runs the simulation.</summary>
    /// <param name="scenario">The checked scenario.</param>
    /// <param name="settings">Draws, seed and variation.</param>
    /// <param name="progress">Receives progress after every few draws (from worker threads), or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The bands.</returns>
    /// <exception cref="ScenarioValidationException">A setting is wrong.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static SimulationResult Simulate(ScenarioDefinition scenario, MonteCarloSettings settings, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        var (participantsCv, priceCv) = settings.Resolve(scenario);
        var explanation = ScenarioEngine.Explain(scenario);
        var rates = ScenarioRates.Build(scenario, explanation);
        var draws = settings.Draws;
        var years = rates.Years;
        var figureCount = ScenarioFigures.All.Count;
        var tables = Enumerable.Range(0, years).Select(t => new IntegerAliasTable(ScenarioEngine.KeyOf(rates, t))).ToArray();
        var sampler = new DrawSampler(rates, tables, (double)participantsCv, (double)priceCv, settings.Seed);

        // national[f][t][d]: every draw's national figures, exact (22 figures × years × draws longs).
        var national = Enumerable.Range(0, figureCount).Select(_ => Enumerable.Range(0, years).Select(_ => new long[draws]).ToArray()).ToArray();
        var series = years * rates.MunicipalityCount;
        var pilotCount = Math.Min(PilotDraws, draws);
        var pilot = Enumerable.Range(0, series).Select(_ => new long[pilotCount]).ToArray();
        var done = 0;

        var pilotWorker = new DrawWorker(rates);
        for (var d = 0; d < pilotCount; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sampler.Compute(d, pilotWorker, national);
            for (var t = 0; t < years; t++)
            {
                for (var g = 0; g < rates.MunicipalityCount; g++)
                {
                    pilot[(t * rates.MunicipalityCount) + g][d] = pilotWorker.Output.Gap[t][g];
                }
            }
        }

        var histograms = new GapHistograms(pilot);
        var pilotCounts = histograms.NewCounts();
        for (var s = 0; s < series; s++)
        {
            foreach (var value in pilot[s])
            {
                pilotCounts.Add(s, value);
            }
        }

        histograms.Merge(pilotCounts);

        done = pilotCount;
        progress?.Report(new SimulationProgress(done, draws));
        // A fixed number of workers (each with its own buffers and histogram counts) take chunks of draws from a shared
        // counter; which worker computes a draw does not matter, because a draw depends only on (seed, draw number).
        var threads = Math.Max(1, Math.Min(settings.MaxDegreeOfParallelism, (draws - pilotCount + ChunkSize - 1) / ChunkSize));
        var workers = Enumerable.Range(0, threads).Select(_ => new DrawWorker(rates) { Counts = histograms.NewCounts() }).ToArray();
        var next = pilotCount;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, w =>
        {
            var worker = workers[w];
            while (true)
            {
                var start = Interlocked.Add(ref next, ChunkSize) - ChunkSize;
                if (start >= draws)
                {
                    return;
                }

                var end = Math.Min(draws, start + ChunkSize);
                for (var d = start; d < end; d++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    sampler.Compute(d, worker, national);
                    for (var t = 0; t < years; t++)
                    {
                        var gaps = worker.Output.Gap[t];
                        for (var g = 0; g < gaps.Length; g++)
                        {
                            worker.Block[((((t * gaps.Length) + g) * ChunkSize)) + (d - start)] = gaps[g];
                        }
                    }
                }

                // Series by series, so that each gemeente-year's histogram is fetched into the cache once per chunk
                // rather than once per draw.
                for (var s = 0; s < series; s++)
                {
                    for (var j = 0; j < end - start; j++)
                    {
                        worker.Counts!.Add(s, worker.Block[(s * ChunkSize) + j]);
                    }
                }

                progress?.Report(new SimulationProgress(Interlocked.Add(ref done, end - start), draws));
            }
        });

        foreach (var worker in workers)
        {
            histograms.Merge(worker.Counts!);
        }

        return Summarise(scenario, settings, participantsCv, priceCv, rates, national, histograms, explanation);
    }

    private static SimulationResult Summarise(ScenarioDefinition scenario, MonteCarloSettings settings, decimal participantsCv, decimal priceCv, ScenarioRates rates, long[][][] national, GapHistograms histograms, ExplanationBuilder explanation)
    {
        var draws = settings.Draws;
        var names = ScenarioFigures.All;
        var outside = 0;
        var result = new SimulatedYear[rates.Years];
        for (var t = 0; t < rates.Years; t++)
        {
            var bands = new FigureBand[names.Count];
            for (var f = 0; f < names.Count; f++)
            {
                var values = national[f][t];
                Array.Sort(values);
                bands[f] = new FigureBand(names[f], ScenarioFigures.IsMoney(names[f]), values[ScenarioFigures.NearestRank(5, draws)], values[ScenarioFigures.NearestRank(50, draws)], values[ScenarioFigures.NearestRank(95, draws)]);
            }

            var municipalities = new MunicipalityGapBand[rates.MunicipalityCount];
            for (var g = 0; g < municipalities.Length; g++)
            {
                var s = (t * rates.MunicipalityCount) + g;
                var p5 = histograms.Percentile(s, 5, draws);
                var p50 = histograms.Percentile(s, 50, draws);
                var p95 = histograms.Percentile(s, 95, draws);
                outside += (p5.OutsideRange ? 1 : 0) + (p50.OutsideRange ? 1 : 0) + (p95.OutsideRange ? 1 : 0);
                var m = rates.Data.Municipalities[g];
                municipalities[g] = new MunicipalityGapBand(m.Code, m.Name, Money.FromCents(p5.Value), Money.FromCents(p50.Value), Money.FromCents(p95.Value));
            }

            result[t] = new SimulatedYear(rates.First + t, bands, municipalities);
        }

        var maxError = Money.FromCents((histograms.MaxWidth + 1) / 2);
        explanation.Count("trekkingen", draws);
        var simulation = new ScenarioAssumption[]
        {
            new("onzekerheid.deelnemers", string.Create(CultureInfo.InvariantCulture, $"lognormaal, gemiddelde = projectie, variatiecoëfficiënt {participantsCv}; afgerond op hele personen, ten hoogste {MaxMeanMultiple} × de projectie"), "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
            new("onzekerheid.spreiding", "multinomiaal over de gemeenten met de spreidingssleutel als kansen", "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
            new("onzekerheid.prijs", string.Create(CultureInfo.InvariantCulture, $"één lognormale factor (gemiddelde 1, variatiecoëfficiënt {priceCv}) per trekking op alle trajectprijzen, in miljoensten afgerond"), "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
            new("onzekerheid.gemeentebanden", string.Create(CultureInfo.InvariantCulture, $"histogram met {GapHistograms.Bins} klassen per gemeente en jaar, bereik uit de eerste {Math.Min(PilotDraws, draws)} trekkingen; afwijking ten hoogste {maxError.Euros} euro"), "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
        };
        return new SimulationResult(scenario, draws, settings.Seed, participantsCv, priceCv, result, maxError, outside, explanation.Build(), [.. scenario.Assumptions, .. ScenarioAssumptions.Engine(scenario), .. simulation]);
    }

    /// <summary>A thread's buffers: one kernel output, reused for every draw it computes.</summary>
    private sealed class DrawWorker(ScenarioRates rates)
    {
        public KernelOutput Output { get; } = new(rates.Years, rates.MunicipalityCount);

        public long[][] Prices { get; } = ScenarioEngine.NewPriceBuffer(rates);

        public long[] Figures { get; } = new long[ScenarioFigures.All.Count];

        public long[] SortBuffer { get; } = new long[rates.MunicipalityCount];

        public GapHistograms.HistogramCounts? Counts { get; init; }

        /// <summary>The gaps of the draws of one chunk, [series × chunk size].</summary>
        public long[] Block { get; } = new long[rates.Years * rates.MunicipalityCount * ChunkSize];
    }

    /// <summary>Draws the inputs of draw d from its own stream and computes its figures.</summary>
    private sealed class DrawSampler(ScenarioRates rates, IntegerAliasTable[] tables, double participantsCv, double priceCv, ulong seed)
    {
        public void Compute(int draw, DrawWorker worker, long[][][] national)
        {
            var random = new Xoshiro256StarStar(seed, (ulong)draw);
            var factor = ScenarioKernel.NeutralPriceFactor;
            if (priceCv > 0)
            {
                var f = NormalQuantile.Lognormal(1.0, priceCv, random.NextOpenUnit());
                factor = (long)Math.Round(Math.Min(f, 1000) * ScenarioKernel.NeutralPriceFactor, MidpointRounding.AwayFromZero);
            }

            var output = worker.Output;
            for (var t = 0; t < rates.Years; t++)
            {
                var mean = rates.Scenario.ParticipantsPerYear[t];
                var uniform = random.NextOpenUnit();
                var count = mean == 0 || tables[t].IsEmpty
                    ? 0
                    : (long)Math.Round(Math.Min(NormalQuantile.Lognormal(mean, participantsCv, uniform), mean * (double)MaxMeanMultiple), MidpointRounding.AwayFromZero);
                var starters = output.Starters[t];
                Array.Clear(starters);
                for (var i = 0L; i < count; i++)
                {
                    starters[tables[t].Sample(ref random)]++;
                }
            }

            ScenarioKernel.Compute(rates, output, factor, worker.Prices);
            for (var t = 0; t < rates.Years; t++)
            {
                ScenarioFigures.Compute(output, t, worker.Figures, worker.SortBuffer);
                for (var f = 0; f < worker.Figures.Length; f++)
                {
                    national[f][t][draw] = worker.Figures[f];
                }
            }
        }
    }
}
