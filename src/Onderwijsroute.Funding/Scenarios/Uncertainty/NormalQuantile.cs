namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// The standard normal quantile function by Acklam's rational approximation (relative error below 1.15·10⁻⁹), built on
/// <see cref="DeterministicMath.Log"/> and the correctly rounded <see cref="Math.Sqrt"/>, so it is bit-identical everywhere.
/// Inverse-CDF sampling uses exactly one uniform per normal variate, which keeps the streams easy to reason about.
/// </summary>
internal static class NormalQuantile
{
    private static readonly double[] A = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static readonly double[] B = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static readonly double[] C = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    private static readonly double[] D = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];

    private const double Low = 0.02425;

    /// <summary>Φ⁻¹(p) for p strictly between 0 and 1.</summary>
    public static double Of(double p)
    {
        if (p < Low)
        {
            var q = Math.Sqrt(-2 * DeterministicMath.Log(p));
            return Horner(C, q) / ((Horner(D, q) * q) + 1);
        }

        if (p > 1 - Low)
        {
            var q = Math.Sqrt(-2 * DeterministicMath.Log(1 - p));
            return -Horner(C, q) / ((Horner(D, q) * q) + 1);
        }

        var u = p - 0.5;
        var r = u * u;
        return Horner(A, r) * u / ((Horner(B, r) * r) + 1);
    }

    /// <summary>c₀xⁿ⁻¹ + … + cₙ₋₁, evaluated from the highest power down.</summary>
    private static double Horner(double[] coefficients, double x)
    {
        var result = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
        {
            result = (result * x) + coefficients[i];
        }

        return result;
    }
}
