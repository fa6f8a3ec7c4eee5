using System.Runtime.Intrinsics.X86;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// Exact floor division of a non-negative 64-bit integer by a divisor known in advance, by one 64×64→128-bit
/// multiplication and a shift instead of a hardware division (which costs 10–40 times as much and sits in the inner
/// loops of every Monte Carlo draw: the traject months, the histogram bins).
/// </summary>
/// <remarks>
/// Granlund and Montgomery (1994), Theorem 4.2, with N = 63 and ℓ = ⌈log₂ d⌉: for m = ⌈2^(63+ℓ) / d⌉ (which is below
/// 2⁶⁴), m·d − 2^(63+ℓ) is below d ≤ 2^ℓ, and then ⌊n / d⌋ = ⌊n·m / 2^(63+ℓ)⌋ for every 0 ≤ n &lt; 2⁶³. The quotient is
/// therefore the same as <c>n / d</c>, bit for bit; a property test compares the two over all sizes of divisor.
/// </remarks>
internal readonly struct InvariantDivisor
{
    private readonly ulong _magic;
    private readonly int _shift;
    private readonly long _half;

    /// <param name="divisor">The divisor, positive.</param>
    public InvariantDivisor(long divisor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(divisor);
        Value = divisor;
        _half = divisor / 2;
        if (divisor == 1)
        {
            return;
        }

        // ℓ = ⌈log₂ d⌉ ≥ 1 here; the quotient is the high word shifted right by 63 + ℓ − 64 = ℓ − 1.
        var log = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)divisor - 1);
        var power = UInt128.One << (63 + log);
        _magic = (ulong)((power + (ulong)divisor - 1) / (ulong)divisor);
        _shift = log - 1;
    }

    /// <summary>The divisor.</summary>
    public long Value { get; }

    /// <summary><c>⌊n / d⌋</c> for 0 ≤ n.</summary>
    public long Divide(long n)
    {
        if (_magic == 0)
        {
            return n;
        }

        // The high word only (BMI2's mulx without the low word, which Math.BigMul would write to memory). The quotient is
        // at most n, so the conversion back cannot overflow.
        var high = Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags((ulong)n, _magic) : Math.BigMul((ulong)n, _magic, out _);
        return unchecked((long)(high >> _shift));
    }

    /// <summary><c>n ÷ d</c> rounded half away from zero, for 0 ≤ n (the rounding of <see cref="ScenarioKernel.Round"/>).</summary>
    public long RoundHalfUp(long n) => Divide(checked(n + _half));
}
