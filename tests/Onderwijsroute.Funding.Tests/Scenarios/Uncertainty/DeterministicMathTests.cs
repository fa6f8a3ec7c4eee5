using CsCheck;
using Onderwijsroute.Funding.Scenarios.Uncertainty;

namespace Onderwijsroute.Funding.Tests.Scenarios.Uncertainty;

public class DeterministicMathTests
{
    [Fact]
    public void LogAndExp_AgreeWithThePlatformWithinAFewUlp()
    {
        Gen.Double[1e-300, 1e300].Sample(x => Math.Abs(DeterministicMath.Log(x) - Math.Log(x)) <= 4e-16 * Math.Max(1, Math.Abs(Math.Log(x))), iter: 20_000);
        Gen.Double[-700, 700].Sample(x => Math.Abs(DeterministicMath.Exp(x) - Math.Exp(x)) <= 1e-14 * Math.Exp(x), iter: 20_000);
    }

    [Fact]
    public void NormalQuantile_MatchesKnownValues()
    {
        Assert.Equal(0.0, NormalQuantile.Of(0.5), 12);
        Assert.Equal(1.959963984540054, NormalQuantile.Of(0.975), 1e-8);
        Assert.Equal(-2.326347874040841, NormalQuantile.Of(0.01), 1e-8);
        Assert.Equal(3.090232306167814, NormalQuantile.Of(0.999), 1e-8);
    }

    [Fact]
    public void Xoshiro_StreamsAreFixedByTheAlgorithm()
    {
        // The first outputs of the reference algorithm (checked against an independent transcription of the published C
        // code with the same SplitMix64 seeding): a change in the generator or its seeding changes every simulation result.
        var random = new Xoshiro256StarStar(42, 0);
        Assert.Equal(PinnedFirstOutputs, string.Join(',', Enumerable.Range(0, 3).Select(_ => random.NextUInt64())));
    }

    private const string PinnedFirstOutputs = "1546998764402558742,6990951692964543102,12544586762248559009";

    [Fact]
    public void AliasTable_DrawsOnlyPositiveWeights_InProportion()
    {
        var table = new IntegerAliasTable([0, 1, 0, 3]);
        var random = new Xoshiro256StarStar(1, 1);
        var counts = new int[4];
        for (var i = 0; i < 40_000; i++)
        {
            counts[table.Sample(ref random)]++;
        }

        Assert.Equal(0, counts[0] + counts[2]);
        Assert.InRange(counts[3] / (double)counts[1], 2.8, 3.2);
    }
}
