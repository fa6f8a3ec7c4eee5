namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>A thread's buffers: one kernel output and its figures, reused for every draw it computes.</summary>
internal sealed class DrawWorker(ScenarioRates rates)
{
    public KernelOutput Output { get; } = new(rates.Years, rates.MunicipalityCount);

    public long[][] Prices { get; } = ScenarioEngine.NewPriceBuffer(rates);

    public long[] Figures { get; } = new long[ScenarioFigures.All.Count];

    /// <summary>The thread's generator, reset to each draw's own stream.</summary>
    public Xoshiro256StarStarX8 Random { get; } = new(0, 0);

    public long[] SortBuffer { get; } = new long[2 * rates.MunicipalityCount];

    /// <summary>The thread's histogram counts of the gemeente gaps (none for the pilot).</summary>
    public GapHistograms.HistogramCounts? Counts { get; set; }
}
