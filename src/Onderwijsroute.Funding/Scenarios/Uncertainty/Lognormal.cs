namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// A lognormal distribution given by its mean and coefficient of variation. Its parameters μ and σ are computed once
/// (two logarithms and a root); a variate then costs one normal quantile and one exponential. The operations and their
/// order are those of computing everything per variate, so the variates are the same to the bit.
/// </summary>
internal readonly struct Lognormal
{
    private readonly double _mean;
    private readonly double _mu;
    private readonly double _sigma;
    private readonly bool _varies;

    /// <param name="mean">The mean, positive.</param>
    /// <param name="cv">The coefficient of variation; 0 gives the mean itself.</param>
    public Lognormal(double mean, double cv)
    {
        _mean = mean;
        _varies = cv != 0;
        if (!_varies)
        {
            return;
        }

        var sigma2 = DeterministicMath.Log(1 + (cv * cv));
        _mu = DeterministicMath.Log(mean) - (sigma2 / 2);
        _sigma = Math.Sqrt(sigma2);
    }

    /// <summary>The variate of one uniform strictly between 0 and 1 (inverse-CDF sampling).</summary>
    public double Quantile(double uniform) => !_varies ? _mean : DeterministicMath.Exp(_mu + (_sigma * NormalQuantile.Of(uniform)));
}
