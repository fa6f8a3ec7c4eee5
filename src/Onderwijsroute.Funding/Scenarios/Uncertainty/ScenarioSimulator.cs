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
    private const int PendingDraws = 2048;

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
        var sampler = new DrawSampler(rates, (double)participantsCv, (double)priceCv, settings.Seed);

        // national[f][t][d]: every draw's national figures, exact (22 figures × years × draws longs).
        var national = Enumerable.Range(0, figureCount).Select(_ => Enumerable.Range(0, years).Select(_ => new long[draws]).ToArray()).ToArray();
        var series = years * rates.MunicipalityCount;
        var pilotCount = Math.Min(PilotDraws, draws);
        var pilot = new long[pilotCount * series];
        var pilotWorker = new DrawWorker(rates);
        for (var d = 0; d < pilotCount; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sampler.Compute(d, pilotWorker, national);
            pilotWorker.Gaps.CopyTo(pilot, d * series);
        }

        var histograms = new GapHistograms(pilot, pilotCount, series);
        var done = pilotCount;
        progress?.Report(new SimulationProgress(done, draws));

        // A fixed number of workers (each with its own buffers and histogram counts) take chunks of draws from a shared
        // counter; which worker computes a draw does not matter, because a draw depends only on (seed, draw number).
        var threads = Math.Max(1, Math.Min(settings.MaxDegreeOfParallelism, (draws - pilotCount + ChunkSize - 1) / ChunkSize));
        var workers = Enumerable.Range(0, threads).Select(_ => new DrawWorker(rates) { Counts = histograms.NewCounts(Math.Min(PendingDraws, draws)) }).ToArray();
        for (var d = 0; d < pilotCount; d++)
        {
            workers[0].Counts!.Add(pilot.AsSpan(d * series, series));
        }

        var next = pilotCount;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, w =>
        {
            var worker = workers[w];
            while (true)
            {
                var start = Interlocked.Add(ref next, ChunkSize) - ChunkSize;
                if (start >= draws)
                {
                    break;
                }

                var end = Math.Min(draws, start + ChunkSize);
                for (var d = start; d < end; d++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    sampler.Compute(d, worker, national);
                    worker.Counts!.Add(worker.Gaps);
                }

                progress?.Report(new SimulationProgress(Interlocked.Add(ref done, end - start), draws));
            }

            worker.Counts!.Flush();
        });

        var counts = workers.Select(w => w.Counts!).ToArray();
        return Summarise(scenario, settings, participantsCv, priceCv, rates, national, histograms, counts, explanation);
    }

    private static SimulationResult Summarise(ScenarioDefinition scenario, MonteCarloSettings settings, decimal participantsCv, decimal priceCv, ScenarioRates rates, long[][][] national, GapHistograms histograms, GapHistograms.HistogramCounts[] counts, ExplanationBuilder explanation)
    {
        var draws = settings.Draws;
        var names = ScenarioFigures.All;
        var outside = 0;
        var result = new SimulatedYear[rates.Years];
        var scratch = new long[draws];
        int[] ranks = [ScenarioFigures.NearestRank(5, draws), ScenarioFigures.NearestRank(50, draws), ScenarioFigures.NearestRank(95, draws)];
        var percentiles = new long[3];
        var estimates = new (long Value, bool OutsideRange)[3];
        for (var t = 0; t < rates.Years; t++)
        {
            var bands = new FigureBand[names.Count];
            for (var f = 0; f < names.Count; f++)
            {
                OrderStatistics.Select(national[f][t].AsSpan(), scratch, ranks, percentiles);
                bands[f] = new FigureBand(names[f], ScenarioFigures.IsMoney(names[f]), percentiles[0], percentiles[1], percentiles[2]);
            }

            var municipalities = new MunicipalityGapBand[rates.MunicipalityCount];
            for (var g = 0; g < municipalities.Length; g++)
            {
                histograms.Percentiles(counts, (t * rates.MunicipalityCount) + g, ranks, estimates);
                foreach (var estimate in estimates)
                {
                    outside += estimate.OutsideRange ? 1 : 0;
                }

                var m = rates.Data.Municipalities[g];
                municipalities[g] = new MunicipalityGapBand(m.Code, m.Name, Money.FromCents(estimates[0].Value), Money.FromCents(estimates[1].Value), Money.FromCents(estimates[2].Value));
            }

            result[t] = new SimulatedYear(rates.First + t, bands, municipalities);
        }

        var maxError = Money.FromCents((histograms.MaxWidth + 1) / 2);
        explanation.Count("trekkingen", draws);
        var simulation = new ScenarioAssumption[]
        {
            new("onzekerheid.deelnemers", string.Create(CultureInfo.InvariantCulture, $"lognormaal, gemiddelde = projectie, variatiecoëfficiënt {participantsCv}; afgerond op hele personen, ten hoogste {DrawSampler.MaxMeanMultiple} × de projectie"), "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
            new("onzekerheid.spreiding", "multinomiaal over de gemeenten met de spreidingssleutel als kansen", "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
            new("onzekerheid.prijs", string.Create(CultureInfo.InvariantCulture, $"één lognormale factor (gemiddelde 1, variatiecoëfficiënt {priceCv}) per trekking op alle trajectprijzen, in miljoensten afgerond"), "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
            new("onzekerheid.gemeentebanden", string.Create(CultureInfo.InvariantCulture, $"histogram met {GapHistograms.Bins} klassen per gemeente en jaar, bereik uit de eerste {Math.Min(PilotDraws, draws)} trekkingen; afwijking ten hoogste {maxError.Euros} euro"), "aanname", "Monte Carlo-model ScenarioEngine " + ScenarioEngine.Version),
        };
        return new SimulationResult(scenario, draws, settings.Seed, participantsCv, priceCv, result, maxError, outside, explanation.Build(), [.. scenario.Assumptions, .. ScenarioAssumptions.Engine(scenario), .. simulation]);
    }
}
