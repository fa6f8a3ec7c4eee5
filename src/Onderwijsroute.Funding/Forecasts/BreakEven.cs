namespace Onderwijsroute.Funding.Forecasts;

/// <summary>Whether and where the gap of a year reaches zero as the national count moves.</summary>
/// <param name="Kind">Reached, never reached, or no gap at any count.</param>
/// <param name="NationalCount">When reached: the highest national count at which the gap is zero or a surplus.</param>
/// <param name="Explanation">In Dutch.</param>
public sealed record BreakEven(BreakEvenKind Kind, long? NationalCount, string Explanation);
