namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>How far an uncertainty analysis is (Dutch: <em>voortgang</em>).</summary>
/// <param name="DrawsDone">Draws computed.</param>
/// <param name="Draws">Draws in all.</param>
public sealed record SimulationProgress(int DrawsDone, int Draws)
{
    /// <summary>Whole percent done, 0–100.</summary>
    public int Percentage => Draws == 0 ? 100 : (int)(100L * DrawsDone / Draws);
}
