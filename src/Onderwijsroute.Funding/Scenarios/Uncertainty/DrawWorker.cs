namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>A thread's buffers: one kernel output and its figures, reused for every draw it computes.</summary>
internal sealed class DrawWorker(ScenarioRates rates)
{
    public KernelOutput Output { get; } = new(rates.Years, rates.MunicipalityCount);

    public long[][] Prices { get; } = ScenarioEngine.NewPriceBuffer(rates);

    public long[] Figures { get; } = new long[ScenarioFigures.All.Count];

    public long[] SortBuffer { get; } = new long[rates.MunicipalityCount];

    /// <summary>The thread's histogram counts of the gemeente gaps (none for the pilot).</summary>
    public GapHistograms.HistogramCounts? Counts { get; set; }
}
