namespace Onderwijsroute.Funding.Tests.Scenarios.Uncertainty;

/// <summary>
/// The test's oracle: one xoshiro256** generator written as the published C code is, with multiplications (the engine
/// writes them as shifts and adds, eight lanes at a time). Seeded by SplitMix64 like every lane of
/// <see cref="Onderwijsroute.Funding.Scenarios.Uncertainty.Xoshiro256StarStarX8"/>, or from four given words.
/// </summary>
internal struct ReferenceXoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator seeded as lane 0 of a stream is.</summary>
    public ReferenceXoshiro256StarStar(ulong seed, ulong stream)
    {
        var x = seed ^ unchecked(stream * 0x9E3779B97F4A7C15UL);
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>A generator from its four state words.</summary>
    public ReferenceXoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

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

    /// <summary>The SplitMix64 sequence that seeds the lanes, from its start value.</summary>
    public static ulong SplitMix64Next(ref ulong x) => SplitMix64(ref x);

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
