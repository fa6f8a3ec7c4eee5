namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna, 2018), seeded by SplitMix64. Implemented here rather than taken
/// from <see cref="Random"/>, whose sequence is not specified across .NET versions: this sequence is fixed by the
/// algorithm, uses only 64-bit integer operations, and is therefore bit-identical on every machine.
/// </summary>
internal struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator for one numbered stream of a seed: every draw of a simulation gets its own stream.</summary>
    public Xoshiro256StarStar(ulong seed, ulong stream)
    {
        var x = seed ^ unchecked(stream * 0x9E3779B97F4A7C15UL);
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    public ulong NextUInt64()
    {
        // The algorithm is defined modulo 2^64: overflow is intended (the project checks arithmetic by default).
        var result = unchecked(RotateLeft(unchecked(_s1 * 5), 7) * 9);
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double strictly between 0 and 1: (k + ½)·2⁻⁵³ for a uniform 53-bit k.</summary>
    public double NextOpenUnit() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, bound) without bias (Lemire's multiply-and-reject).</summary>
    public ulong NextBelow(ulong bound)
    {
        var high = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = unchecked(0 - bound) % bound;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return high;
    }

    private static ulong SplitMix64(ref ulong x)
    {
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        var z = x;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
