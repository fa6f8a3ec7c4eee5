using CsCheck;
using Onderwijsroute.Funding.Scenarios;

namespace Onderwijsroute.Funding.Tests.Scenarios;

/// <summary>The multiply-and-shift division gives the hardware's quotient for every divisor size and dividend.</summary>
public class InvariantDivisorProperties
{
    /// <summary>Divisors of every bit length (1 to 63 bits, powers of two and their neighbours included), dividends up to 2⁶³ − 1.</summary>
    private static readonly Gen<long> Divisors = Gen.OneOf(
        Gen.Long[1, 100],
        Gen.Int[1, 62].Select(bits => 1L << bits),
        Gen.Int[1, 62].Select(bits => (1L << bits) - 1),
        Gen.Int[1, 62].Select(bits => (1L << bits) + 1),
        Gen.Int[1, 62].SelectMany(bits => Gen.Long[1L << (bits - 1), (1L << bits) - 1]),
        Gen.Long[1, long.MaxValue]);

    private static readonly Gen<long> Dividends = Gen.OneOf(Gen.Long[0, 1_000_000], Gen.Long[0, long.MaxValue], Gen.Long[long.MaxValue - 1_000, long.MaxValue]);

    [Fact]
    public void Divide_EqualsIntegerDivision()
    {
        Gen.Select(Divisors, Dividends).Sample((d, n) => new InvariantDivisor(d).Divide(n) == n / d, iter: 200_000);
    }

    [Fact]
    public void Divide_EqualsIntegerDivision_NearMultiplesOfTheDivisor()
    {
        // Just below, at and just above a multiple: where a magic number that is one too small or large would show.
        Gen.Select(Divisors, Gen.Long[0, long.MaxValue], Gen.Int[-1, 1]).Sample((d, k, offset) =>
        {
            var n = (k / d * d) + offset;
            return n < 0 || new InvariantDivisor(d).Divide(n) == n / d;
        }, iter: 200_000);
    }

    [Fact]
    public void RoundHalfUp_EqualsTheKernelsRounding()
    {
        Gen.Select(Gen.Long[1, 1_000_000_000], Gen.Long[0, 1L << 60]).Sample((d, n) => new InvariantDivisor(d).RoundHalfUp(n) == ScenarioKernel.Round(n, d, 1), iter: 100_000);
    }

    [Fact]
    public void Constructor_RejectsANonPositiveDivisor()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvariantDivisor(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvariantDivisor(-3));
    }
}
