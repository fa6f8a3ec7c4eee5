namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// How one year's expected definitive amount of the capped SPUK onderwijsroute and the gap move with the national
/// count (Dutch: <em>gevoeligheid</em>), and the national count at which the gap would be zero.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="OwnCount">The forecast's year-end count.</param>
/// <param name="BaseNationalCount">The assumed national count.</param>
/// <param name="Variants">One row per change of the national count.</param>
/// <param name="BreakEven">Where the gap is zero.</param>
public sealed record YearSensitivity(int Year, long OwnCount, long BaseNationalCount, IReadOnlyList<SensitivityVariant> Variants, BreakEven BreakEven);

/// <summary>One variant of the national count.</summary>
/// <param name="ChangePercent">The change of the national count in percent, e.g. −10 or 25.</param>
/// <param name="NationalCount">The national count: the assumed count × (1 + change), rounded half away from zero, at least the own count.</param>
/// <param name="Definitive">The expected definitive amount with that count.</param>
/// <param name="Shortfall">The year's gap with that definitive amount.</param>
public sealed record SensitivityVariant(int ChangePercent, long NationalCount, Money Definitive, Money Shortfall);

/// <summary>Whether and where the gap of a year reaches zero as the national count moves.</summary>
/// <param name="Kind">Reached, never reached, or no gap at any count.</param>
/// <param name="NationalCount">When reached: the highest national count at which the gap is zero or a surplus.</param>
/// <param name="Explanation">In Dutch.</param>
public sealed record BreakEven(BreakEvenKind Kind, long? NationalCount, string Explanation);

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
