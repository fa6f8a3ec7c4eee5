namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// Spreads an amount over a number of equal parts to the cent: each part gets <c>floor(amount / parts)</c> cents and
/// the first <c>amount mod parts</c> parts one cent more. This is exactly what <see cref="Allocation.CappedBudgetAllocator"/>
/// gives for equal weights (all remainders equal, ties to the lower code, i.e. the earlier month), without building
/// claims for every traject.
/// </summary>
internal static class EvenSpread
{
    /// <summary>The cents of part <paramref name="index"/> (0-based) of <paramref name="cents"/> spread over <paramref name="parts"/>.</summary>
    public static long Part(long cents, int parts, int index)
    {
        var quotient = Math.DivRem(cents, parts, out var remainder);
        return index < remainder ? quotient + 1 : quotient;
    }
}
