namespace Onderwijsroute.Funding.Tests;

public class MunicipalityCodeTests
{
    [Theory]
    [InlineData("GM0363", true)]
    [InlineData("GM036", false)]
    [InlineData("gm0363", false)]
    [InlineData("GM03A3", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_AcceptsOnlyGmAndFourDigits(string? text, bool valid)
    {
        Assert.Equal(valid, MunicipalityCode.TryParse(text, out _));
    }

    [Fact]
    public void Order_IsOrdinal()
    {
        Assert.True(MunicipalityCode.Parse("GM0014") < MunicipalityCode.Parse("GM0363"));
        Assert.True(RegionCode.Parse("AM01") < RegionCode.Parse("AM18"));
    }
}
