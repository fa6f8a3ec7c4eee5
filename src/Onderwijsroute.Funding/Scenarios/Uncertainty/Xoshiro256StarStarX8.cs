using System.Runtime.Intrinsics;

namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Eight xoshiro256** generators (Blackman and Vigna, 2018) side by side, read as one stream: number k is the
/// (k div 8)-th output of lane k mod 8. The lanes are seeded by 32 consecutive SplitMix64 outputs from (seed, stream).
/// Implemented here rather than taken from <see cref="Random"/>, whose sequence is not specified across .NET versions:
/// the sequence is fixed by the algorithm and uses only 64-bit integer shifts, additions and exclusive ors (the
/// multiplications by 5 and 9 are written as shift and add), so it is bit-identical on every machine, whatever width of
/// vector steps the lanes. Side by side, the vector units step eight lanes in about the
/// time one scalar step takes (docs/performance-issue-17.md, fifth round).
/// </summary>
internal sealed class Xoshiro256StarStarX8
{
    public const int Lanes = 8;

    /// <summary>Numbers made at a time: 32 steps of the eight lanes (2 KB, well inside the first-level cache).</summary>
    private const int BufferSize = 32 * Lanes;

    /// <summary>The lanes' states, word by word: s0 of lanes 0–7, then s1, s2 and s3.</summary>
    private readonly ulong[] _state = new ulong[4 * Lanes];
    private readonly ulong[] _buffer = new ulong[BufferSize];
    private int _next = BufferSize;

    /// <summary>A generator for one numbered stream of a seed: every draw of a simulation gets its own stream.</summary>
    public Xoshiro256StarStarX8(ulong seed, ulong stream) => Reset(seed, stream);

    /// <summary>Starts stream <paramref name="stream"/> of <paramref name="seed"/> again, reusing the buffers.</summary>
    public void Reset(ulong seed, ulong stream)
    {
        var x = seed ^ unchecked(stream * 0x9E3779B97F4A7C15UL);
        for (var lane = 0; lane < Lanes; lane++)
        {
            for (var word = 0; word < 4; word++)
            {
                _state[(word * Lanes) + lane] = SplitMix64(ref x);
            }
        }

        _next = BufferSize;
    }

    public ulong NextUInt64()
    {
        if (_next == BufferSize)
        {
            Refill();
        }

        return _buffer[_next++];
    }

    /// <summary>A uniform double strictly between 0 and 1: (k + ½)·2⁻⁵³ for a uniform 53-bit k.</summary>
    public double NextOpenUnit() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>The next numbers of the stream, at most <paramref name="most"/> (at least one), as one span of the buffer.</summary>
    public ReadOnlySpan<ulong> Take(long most)
    {
        if (_next == BufferSize)
        {
            Refill();
        }

        var take = (int)Math.Min(most, BufferSize - _next);
        var numbers = _buffer.AsSpan(_next, take);
        _next += take;
        return numbers;
    }

    private void Refill()
    {
        Fill(_state, _buffer);
        _next = 0;
    }

    /// <summary>
    /// Steps the eight lanes together: rotl(s1 · 5, 7) · 9 with the multiplications as shifts and additions. Where the
    /// machine has no 512-bit vectors, .NET carries these operations out on two 256-bit halves (or four 128-bit
    /// quarters): the same integers.
    /// </summary>
    private static void Fill(ulong[] state, ulong[] output)
    {
        var s0 = Vector512.Create<ulong>(state.AsSpan(0));
        var s1 = Vector512.Create<ulong>(state.AsSpan(Lanes));
        var s2 = Vector512.Create<ulong>(state.AsSpan(2 * Lanes));
        var s3 = Vector512.Create<ulong>(state.AsSpan(3 * Lanes));
        for (var i = 0; i < output.Length; i += Lanes)
        {
            var five = s1 + (s1 << 2);
            var rotated = (five << 7) | (five >> 57);
            (rotated + (rotated << 3)).CopyTo(output, i);

            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 45) | (s3 >> 19);
        }

        s0.CopyTo(state, 0);
        s1.CopyTo(state, Lanes);
        s2.CopyTo(state, 2 * Lanes);
        s3.CopyTo(state, 3 * Lanes);
    }

    private static ulong SplitMix64(ref ulong x)
    {
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        var z = x;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

}
