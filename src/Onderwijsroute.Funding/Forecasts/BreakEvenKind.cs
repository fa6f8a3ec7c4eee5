namespace Onderwijsroute.Funding.Forecasts;

/// <summary>The outcome of the break-even search.</summary>
public enum BreakEvenKind
{
    /// <summary>There is a national count at or below which the gap is zero or a surplus (<c>bereikt</c>).</summary>
    Reached,

    /// <summary>Even the whole budget (the forecast alone in the onderwijsroute) leaves a gap (<c>nooit</c>).</summary>
    NeverReached,

    /// <summary>There is no gap at any national count (<c>altijd</c>).</summary>
    AlwaysCovered,
}
