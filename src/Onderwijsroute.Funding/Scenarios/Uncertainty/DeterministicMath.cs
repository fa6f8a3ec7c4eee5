namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Natural logarithm and exponential from IEEE 754 basic operations only (+, −, ×, ÷, exact scaling by powers of two).
/// <see cref="Math.Log(double)"/> and <see cref="Math.Exp"/> call the platform's C library, which may differ in the last
/// bit between operating systems and processors; these do not, because every basic operation is correctly rounded
/// and .NET does not fuse multiply-adds implicitly. Accuracy is a few ulp, ample for drawing random variates.
/// </summary>
internal static class DeterministicMath
{
    private const double Ln2High = 0.693147180369123816490;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double Ln2 = Ln2High + Ln2Low;

    /// <summary>e to the power <paramref name="x"/>.</summary>
    public static double Exp(double x)
    {
        if (x > 709)
        {
            return double.PositiveInfinity;
        }

        if (x < -745)
        {
            return 0;
        }

        // x = k·ln 2 + r with |r| ≤ ½ ln 2; ln 2 split in two parts so that k·ln2High is exact.
        var k = Math.Round(x / Ln2, MidpointRounding.ToEven);
        var r = (x - (k * Ln2High)) - (k * Ln2Low);

        // Taylor series of e^r to r^18/18!: the remainder is below 1e-20 for |r| ≤ 0.35.
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n <= 18; n++)
        {
            term = term * r / n;
            sum += term;
        }

        return Math.ScaleB(sum, (int)k);
    }

    /// <summary>The natural logarithm of a positive <paramref name="x"/>.</summary>
    public static double Log(double x)
    {
        if (!(x > 0) || double.IsPositiveInfinity(x))
        {
            return x == 0 ? double.NegativeInfinity : double.IsPositiveInfinity(x) ? x : double.NaN;
        }

        // x = m·2^e with m in [√½, √2): ln x = e·ln 2 + 2·atanh((m − 1)/(m + 1)).
        var e = Math.ILogB(x);
        var m = Math.ScaleB(x, -e);
        if (m > 1.4142135623730951)
        {
            m /= 2;
            e++;
        }

        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        var power = s;
        var series = 0.0;
        for (var n = 1; n <= 41; n += 2)
        {
            series += power / n;
            power *= s2;
        }

        return (e * Ln2High) + ((e * Ln2Low) + (2 * series));
    }
}
