using System.Threading.RateLimiting;

namespace Onderwijsroute.Funding.Api.Http.Security;

/// <summary>
/// Requests with a key that is not valid, counted per client address in a token bucket of
/// <see cref="ApiLimits.FailedKeyAttemptsPerMinute"/> (issue 11). Once an address has used it up, a request from it that
/// sends a key is answered 429 before the key is looked up, unless the key is valid from the cache (a colleague behind
/// the same address keeps working); so guessing keys costs the guesser time and the database nothing.
/// </summary>
internal sealed class FailedKeyAttempts : IDisposable
{
    private readonly PartitionedRateLimiter<string> _buckets;

    public FailedKeyAttempts(ApiLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var perMinute = Math.Max(1, limits.FailedKeyAttemptsPerMinute);
        _buckets = PartitionedRateLimiter.Create<string, string>(address => SecuritySetup.Bucket(address, perMinute));
        RetryAfterSeconds = Math.Max(1, (int)Math.Ceiling(60.0 / perMinute));
    }

    /// <summary>When the next attempt of an address that used up its bucket is let through, at the latest (seconds).</summary>
    public int RetryAfterSeconds { get; }

    /// <summary>Whether an address has no failed attempts left now.</summary>
    /// <param name="address">The client address.</param>
    public bool IsExhausted(string address) => _buckets.GetStatistics(address) is { CurrentAvailablePermits: <= 0 };

    /// <summary>Counts one failed attempt of an address.</summary>
    /// <param name="address">The client address.</param>
    public void Record(string address)
    {
        using var lease = _buckets.AttemptAcquire(address);
    }

    public void Dispose() => _buckets.Dispose();
}
