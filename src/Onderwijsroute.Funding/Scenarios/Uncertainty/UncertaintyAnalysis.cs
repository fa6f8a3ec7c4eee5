namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Runs a scenario under uncertainty (Dutch: <em>onzekerheidsanalyse</em>; Monte Carlo). Each draw: the national participants of every year from a
/// lognormal with the projection as mean and the given coefficient of variation (rounded to whole people, at most
/// twenty times the mean), spread over gemeenten by a multinomial draw on the scenario's key, optionally one lognormal
/// price factor (mean 1) for all trajecten; then the same integer kernel as the deterministic run.
/// </summary>
/// <remarks>
/// Reproducibility: draw d uses its own stream of eight xoshiro256** lanes seeded by (seed, d), so results do not depend on threads or
/// their scheduling; the variates use only correctly rounded IEEE operations (<see cref="DeterministicMath"/>); every
/// amount is integer cents; national percentiles are exact over stored per-draw figures; gemeente bands come from
/// histograms whose counts are order-independent. The same seed therefore gives bit-identical results on any machine.
/// </remarks>
public static class UncertaintyAnalysis
{
    private const int PilotDraws = 128;
    private const int PendingDraws = 2048;

    /// <summary>Runs the analysis.</summary>
    /// <param name="scenario">The checked scenario.</param>
    /// <param name="settings">Draws, seed and variation.</param>
    /// <param name="progress">Receives progress after every few draws (from worker threads), or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The bands.</returns>
    /// <exception cref="ScenarioValidationException">A setting is wrong.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static UncertaintyAnalysisResult Run(ScenarioDefinition scenario, UncertaintyAnalysisSettings settings, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        var (participantsCv, priceCv) = settings.Resolve(scenario);
        var explanation = ScenarioEngine.Explain(scenario);
        var rates = ScenarioRates.Build(scenario, explanation);
        var draws = settings.Draws;
        var years = rates.Years;
        var figureCount = ScenarioFigures.All.Count;
        var sampler = new DrawSampler(rates, (double)participantsCv, (double)priceCv, settings.Seed);

        // national[f][t][d]: every draw's national figures, exact (22 figures × years × draws longs).
        var national = Enumerable.Range(0, figureCount).Select(_ => Enumerable.Range(0, years).Select(_ => new long[draws]).ToArray()).ToArray();
        var series = years * rates.MunicipalityCount;
        var pilotCount = Math.Min(PilotDraws, draws);
        // No more workers than chunks of draws: each holds a histogram set of some 25 MB.
        var threads = Math.Max(1, Math.Min(settings.MaxDegreeOfParallelism, (draws + DrawRun.ChunkSize - 1) / DrawRun.ChunkSize));
        var workers = Enumerable.Range(0, threads).Select(_ => new DrawWorker(rates)).ToArray();
        var run = new DrawRun(workers, draws, progress, cancellationToken);

        // The pilot draws set each gemeente-year's histogram range, so they are kept whole; the rest are only counted.
        var pilot = new long[pilotCount * series];
        run.Draw(0, pilotCount, (worker, d) =>
        {
            sampler.Compute(d, worker, national);
            for (var t = 0; t < years; t++)
            {
                worker.Output.Gap[t].CopyTo(pilot, (d * series) + (t * rates.MunicipalityCount));
            }
        });
        var histograms = new GapHistograms(pilot, pilotCount, series);
        foreach (var worker in workers)
        {
            worker.Counts = histograms.NewCounts(Math.Min(PendingDraws, draws));
        }

        for (var d = 0; d < pilotCount; d++)
        {
            workers[0].Counts!.Add(pilot.AsSpan(d * series, series));
        }

        run.Draw(pilotCount, draws, (worker, d) =>
        {
            sampler.Compute(d, worker, national);
            worker.Counts!.Add(worker.Output.Gap);
        });
        var counts = workers.Select(w => w.Counts!).ToArray();
        Parallel.ForEach(counts, new ParallelOptions { MaxDegreeOfParallelism = threads }, c => c.Flush());
        var result = Summarise(scenario, settings, participantsCv, priceCv, rates, national, histograms, counts, explanation, threads);
        foreach (var threadCounts in counts)
        {
            threadCounts.Release();
        }

        return result;
    }

    private static UncertaintyAnalysisResult Summarise(ScenarioDefinition scenario, UncertaintyAnalysisSettings settings, decimal participantsCv, decimal priceCv, ScenarioRates rates, long[][][] national, GapHistograms histograms, GapHistograms.HistogramCounts[] counts, ExplanationBuilder explanation, int threads)
    {
        var draws = settings.Draws;
        var names = ScenarioFigures.All;
        var result = new SimulatedYear[rates.Years];
        var outsidePerYear = new int[rates.Years];
        int[] ranks = [ScenarioFigures.NearestRank(5, draws), ScenarioFigures.NearestRank(50, draws), ScenarioFigures.NearestRank(95, draws)];

        // On the analysis's threads, each year in two parts (its 22 national selections; its 342 histogram walks), so
        // that two threads share nine years evenly.
        var bands = new FigureBand[rates.Years][];
        var municipalities = new MunicipalityGapBand[rates.Years][];
        Parallel.For(0, 2 * rates.Years, new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
        {
            var t = part / 2;
            if (part % 2 == 0)
            {
                var scratch = new long[draws];
                var percentiles = new long[3];
                bands[t] = new FigureBand[names.Count];
                for (var f = 0; f < names.Count; f++)
                {
                    OrderStatistics.Select(national[f][t].AsSpan(), scratch, ranks, percentiles);
                    bands[t][f] = new FigureBand(names[f], ScenarioFigures.IsMoney(names[f]), percentiles[0], percentiles[1], percentiles[2]);
                }

                return;
            }

            var estimates = new (long Value, bool OutsideRange)[3];
            municipalities[t] = new MunicipalityGapBand[rates.MunicipalityCount];
            for (var g = 0; g < rates.MunicipalityCount; g++)
            {
                histograms.Percentiles(counts, (t * rates.MunicipalityCount) + g, ranks, estimates);
                foreach (var estimate in estimates)
                {
                    outsidePerYear[t] += estimate.OutsideRange ? 1 : 0;
                }

                var m = rates.Data.Municipalities[g];
                municipalities[t][g] = new MunicipalityGapBand(m.Code, m.Name, Money.FromCents(estimates[0].Value), Money.FromCents(estimates[1].Value), Money.FromCents(estimates[2].Value));
            }
        });
        for (var t = 0; t < rates.Years; t++)
        {
            result[t] = new SimulatedYear(rates.First + t, bands[t], municipalities[t]);
        }

        var outside = outsidePerYear.Sum();

        var maxError = Money.FromCents((histograms.MaxWidth + 1) / 2);
        explanation.Count("trekkingen", draws);
        var simulation = new ScenarioAssumption[]
        {
            new("onzekerheid.deelnemers", string.Create(CultureInfo.InvariantCulture, $"lognormaal, gemiddelde = projectie, variatiecoëfficiënt {participantsCv}; afgerond op hele personen, ten hoogste {DrawSampler.MaxMeanMultiple} × de projectie"), "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
            new("onzekerheid.spreiding", "multinomiaal over de gemeenten met de spreidingssleutel als kansen", "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
            new("onzekerheid.prijs", string.Create(CultureInfo.InvariantCulture, $"één lognormale factor (gemiddelde 1, variatiecoëfficiënt {priceCv}) per trekking op alle trajectprijzen, in miljoensten afgerond"), "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
            new("onzekerheid.gemeentebanden", string.Create(CultureInfo.InvariantCulture, $"histogram met {GapHistograms.Bins} klassen per gemeente en jaar, bereik uit de eerste {Math.Min(PilotDraws, draws)} trekkingen; afwijking ten hoogste {maxError.Euros} euro"), "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
        };
        return new UncertaintyAnalysisResult(scenario, draws, settings.Seed, participantsCv, priceCv, result, maxError, outside, explanation.Build(), [.. scenario.Assumptions, .. ScenarioAssumptions.Engine(scenario), .. simulation]);
    }
}
