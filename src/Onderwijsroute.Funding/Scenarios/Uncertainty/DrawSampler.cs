namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Draws the inputs of draw d from its own stream (seeded by the seed and d) and computes its figures: the national
/// participants of every year from a lognormal, spread over the gemeenten by a multinomial draw on the scenario's key,
/// one lognormal price factor; then the integer kernel that the deterministic run uses too.
/// </summary>
internal sealed class DrawSampler
{
    /// <summary>A year's drawn participants are at most this many times its projection.</summary>
    public const long MaxMeanMultiple = 20;

    private readonly ScenarioRates _rates;
    private readonly IntegerGuideTable[] _tables;
    private readonly Lognormal[] _participants;
    private readonly Lognormal _priceFactor;
    private readonly bool _pricesVary;
    private readonly ulong _seed;

    public DrawSampler(ScenarioRates rates, double participantsCv, double priceCv, ulong seed)
    {
        _rates = rates;
        // One table per key: years that spread by the same key (inhabitants, a given key) share one, so it stays in the cache.
        var tables = new Dictionary<long[], IntegerGuideTable>(ReferenceEqualityComparer.Instance);
        _tables = Enumerable.Range(0, rates.Years).Select(t => ScenarioEngine.KeyOf(rates, t)).Select(key => tables.TryGetValue(key, out var table) ? table : tables[key] = new IntegerGuideTable(key)).ToArray();
        _participants = rates.Scenario.ParticipantsPerYear.Select(mean => new Lognormal(mean, participantsCv)).ToArray();
        _priceFactor = new Lognormal(1.0, priceCv);
        _pricesVary = priceCv > 0;
        _seed = seed;
    }

    /// <summary>Draws the starters of every year and gemeente of draw <paramref name="draw"/>; returns its price factor (ppm).</summary>
    public long Spread(int draw, Xoshiro256StarStarX8 random, long[][] starters)
    {
        random.Reset(_seed, (ulong)draw);
        var factor = ScenarioKernel.NeutralPriceFactor;
        if (_pricesVary)
        {
            var f = _priceFactor.Quantile(random.NextOpenUnit());
            factor = (long)Math.Round(Math.Min(f, 1000) * ScenarioKernel.NeutralPriceFactor, MidpointRounding.AwayFromZero);
        }

        for (var t = 0; t < _rates.Years; t++)
        {
            var mean = _rates.Scenario.ParticipantsPerYear[t];
            var uniform = random.NextOpenUnit();
            var count = mean == 0 || _tables[t].IsEmpty
                ? 0
                : (long)Math.Round(Math.Min(_participants[t].Quantile(uniform), mean * (double)MaxMeanMultiple), MidpointRounding.AwayFromZero);
            Array.Clear(starters[t]);
            _tables[t].AddSamples(random, count, starters[t]);
        }

        return factor;
    }

    /// <summary>Computes draw <paramref name="draw"/>: its national figures into national[figure][year][draw], its gaps in the worker's <see cref="KernelOutput.Gap"/>.</summary>
    public void Compute(int draw, DrawWorker worker, long[][][] national)
    {
        var output = worker.Output;
        var factor = Spread(draw, worker.Random, output.Starters);
        ScenarioKernel.Compute(_rates, output, factor, worker.Prices);
        for (var t = 0; t < _rates.Years; t++)
        {
            ScenarioFigures.Compute(output, t, worker.Figures, worker.SortBuffer);
            for (var f = 0; f < worker.Figures.Length; f++)
            {
                national[f][t][draw] = worker.Figures[f];
            }
        }
    }
}
