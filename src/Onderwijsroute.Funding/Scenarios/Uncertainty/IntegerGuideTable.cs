using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// Inversion with a guide table (Chen and Asau, 1974) in integers only: picks position i with probability wᵢ/W from
/// 32 random bits u and no floating point, so a multinomial draw is the same everywhere. Position i owns the u from
/// Cᵢ up to Cᵢ₊₁, where Cᵢ = ⌊(w₀ + … + wᵢ₋₁)·2³²/W⌋: each share moves by less than 2⁻³², a position of weight 0
/// owns nothing, and a sample needs no acceptance test. The guide table splits the 2³² values of u into
/// <see cref="Buckets"/> equal buckets and keeps, per bucket, the position of its first value and whether the bucket
/// lies inside it. With 342 gemeenten at most 341 of the 16,384 buckets hold a boundary, so 98 % of the samples are one
/// shift, one load and one count; the others are set aside and moved after the loop, stepping along the few positions
/// of their bucket, so the loop has no branch on the data. Each 64-bit number of the
/// generator gives two samples (its low half, then its high half). Since engine 2.2.0; until then Walker's alias
/// method, which needed an acceptance test and a second table entry per sample (docs/performance-issue-17.md).
/// </summary>
internal sealed class IntegerGuideTable
{
    /// <summary>The guide table's size: 2¹⁴ entries of two bytes, 32 KB, inside the first-level cache.</summary>
    private const int Buckets = 1 << BucketBits;

    private const int BucketBits = 14;

    /// <summary>The bits of u below its bucket number: a bucket holds 2¹⁸ values.</summary>
    private const int OffsetBits = 32 - BucketBits;

    /// <summary>Marks a bucket that holds a boundary: the sample then steps along the thresholds.</summary>
    private const ushort Split = 0x8000;

    /// <summary>Numbers sampled per pass: their samples of buckets with a boundary wait in a small buffer on the stack.</summary>
    private const int NumbersAtATime = 64;

    /// <summary>Cᵢ for i = 0 … n (C₀ = 0, Cₙ = 2³²): position i owns u in [Cᵢ, Cᵢ₊₁).</summary>
    private readonly ulong[] _thresholds;

    /// <summary>Per bucket: the position of its first value, with <see cref="Split"/> when the bucket holds a boundary.</summary>
    private readonly ushort[] _guide = new ushort[Buckets];

    public IntegerGuideTable(long[] weights)
    {
        if (weights.Length >= Split)
        {
            throw new ArgumentOutOfRangeException(nameof(weights), weights.Length, "At most 32,767 positions.");
        }

        var n = weights.Length;
        _thresholds = new ulong[n + 1];
        var total = 0L;
        foreach (var w in weights)
        {
            total = checked(total + w);
        }

        IsEmpty = total == 0;
        if (IsEmpty)
        {
            return;
        }

        var cumulative = 0L;
        for (var i = 0; i < n; i++)
        {
            _thresholds[i] = (ulong)(((UInt128)(ulong)cumulative << 32) / (ulong)total);
            cumulative += weights[i];
        }

        _thresholds[n] = 1UL << 32;
        for (var b = 0; b < Buckets; b++)
        {
            var first = (ulong)b << OffsetBits;
            var p = Search(_thresholds, first, 0);
            var whole = Search(_thresholds, first + (1UL << OffsetBits) - 1, p) == p;
            _guide[b] = (ushort)(whole ? p : p | Split);
        }
    }

    /// <summary>Whether all weights are zero (nothing can be drawn).</summary>
    public bool IsEmpty { get; }

    /// <summary>The share of position <paramref name="i"/> in units of 2⁻³²: Cᵢ₊₁ − Cᵢ.</summary>
    internal ulong Share(int i) => _thresholds[i + 1] - _thresholds[i];

    /// <summary>The position that owns <paramref name="bits"/> (below 2³²).</summary>
    internal int Position(uint bits) => Position(_guide, _thresholds, bits);

    /// <summary>
    /// Adds <paramref name="draws"/> samples to <paramref name="counts"/> (a multinomial draw): two samples from each
    /// 64-bit number, the low half first; an odd last sample takes the low half of one more number.
    /// </summary>
    public void AddSamples(Xoshiro256StarStarX8 random, long draws, long[] counts)
    {
        // The tables in locals: the counts written in between would otherwise make the JIT load the fields again each time.
        var (guide, thresholds) = (_guide, _thresholds);
        if (counts.Length != thresholds.Length - 1)
        {
            throw new ArgumentException($"Expected {thresholds.Length - 1} counts, got {counts.Length}.", nameof(counts));
        }

        Span<uint> split = stackalloc uint[2 * NumbersAtATime];
        for (var pairs = draws / 2; pairs > 0;)
        {
            var numbers = random.Take(Math.Min(pairs, NumbersAtATime));
            var pending = 0;
            unchecked
            {
                // Without bounds checks, which are a third of this loop's instructions: a bucket number is below 2¹⁴, the
                // guide's length; an entry names a position below n, the length of the counts (checked above); at most
                // two samples per number wait.
                ref var guideAt = ref MemoryMarshal.GetArrayDataReference(guide);
                ref var countAt = ref MemoryMarshal.GetArrayDataReference(counts);
                ref var splitAt = ref MemoryMarshal.GetReference(split);
                foreach (var r in numbers)
                {
                    // Without a branch: each sample counts for its bucket's first position and is kept; the kept samples
                    // of buckets with a boundary are moved to their position afterwards, out of this loop.
                    var low = (uint)r;
                    var entry = Unsafe.Add(ref guideAt, low >> OffsetBits);
                    Unsafe.Add(ref splitAt, pending) = low;
                    pending += entry >> 15;
                    Unsafe.Add(ref countAt, entry & ~Split)++;

                    var high = (uint)(r >> 32);
                    entry = Unsafe.Add(ref guideAt, high >> OffsetBits);
                    Unsafe.Add(ref splitAt, pending) = high;
                    pending += entry >> 15;
                    Unsafe.Add(ref countAt, entry & ~Split)++;
                }
            }

            foreach (var bits in split[..pending])
            {
                var first = guide[bits >> OffsetBits] ^ Split;
                counts[first]--;
                counts[Search(thresholds, bits, first)]++;
            }

            pairs -= numbers.Length;
        }

        if (draws % 2 == 1)
        {
            counts[Position(guide, thresholds, unchecked((uint)random.NextUInt64()))]++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Position(ushort[] guide, ulong[] thresholds, uint bits)
    {
        var entry = guide[bits >> OffsetBits];
        return entry < Split ? entry : Search(thresholds, bits, entry ^ Split);
    }

    /// <summary>The position that owns <paramref name="value"/>, stepping on from <paramref name="from"/>.</summary>
    private static int Search(ulong[] thresholds, ulong value, int from)
    {
        while (value >= thresholds[from + 1])
        {
            from++;
        }

        return from;
    }
}
