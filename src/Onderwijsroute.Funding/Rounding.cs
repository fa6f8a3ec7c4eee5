namespace Onderwijsroute.Funding;

/// <summary>Exact rounding of rational amounts to a whole number of units.</summary>
internal static class Rounding
{
    /// <summary>Rounds <paramref name="numerator"/>/<paramref name="denominator"/> cents to a multiple of <paramref name="unitCents"/>, halves away from zero.</summary>
    public static long RoundHalfAwayFromZero(Int128 numerator, Int128 denominator, long unitCents)
    {
        var scaledDenominator = denominator * unitCents;

        // Most amounts fit in 64 bits: the same arithmetic there (a 128-bit division is several times slower).
        if (numerator >= -long.MaxValue && numerator <= long.MaxValue && scaledDenominator > 0 && scaledDenominator <= long.MaxValue / 2)
        {
            var n = (long)numerator;
            var d = (long)scaledDenominator;
            var whole = Math.DivRem(Math.Abs(n), d, out var remainder);
            var rounded = whole + (remainder * 2 >= d ? 1 : 0);
            return Math.Sign(n) * rounded * unitCents;
        }

        var quotient = Int128.DivRem(Int128.Abs(numerator), scaledDenominator);
        var units = quotient.Quotient + (quotient.Remainder * 2 >= scaledDenominator ? 1 : 0);
        return (long)(Int128.Sign(numerator) * units * unitCents);
    }

    /// <summary>Rounds an exact decimal number of euros to a multiple of <paramref name="unit"/>, halves away from zero.</summary>
    public static Money RoundHalfAwayFromZero(decimal euros, Money unit)
    {
        var units = decimal.Round(euros * 100m / unit.Cents, MidpointRounding.AwayFromZero);
        return Money.FromCents(checked((long)units * unit.Cents));
    }
}
