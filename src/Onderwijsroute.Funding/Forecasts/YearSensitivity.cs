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
