namespace Onderwijsroute.Funding.Tests;

/// <summary>Both CBS code types through their one parser and their record-struct equality.</summary>
public class CbsCodesTests
{
    [Theory]
    [InlineData("GM0363", true, false)]
    [InlineData("AM18", false, true)]
    [InlineData("GM036", false, false)]
    [InlineData("AM018", false, false)]
    [InlineData("gm0363", false, false)]
    [InlineData("am18", false, false)]
    [InlineData("GM03A3", false, false)]
    [InlineData("AM1x", false, false)]
    [InlineData("", false, false)]
    [InlineData(null, false, false)]
    public void TryParse_AcceptsOnlyThePrefixAndItsNumberOfDigits(string? text, bool municipality, bool region)
    {
        Assert.Equal(municipality, MunicipalityCode.TryParse(text, out var m));
        Assert.Equal(region, RegionCode.TryParse(text, out var r));
        Assert.Equal(municipality ? text : string.Empty, m.ToString());
        Assert.Equal(region ? text : string.Empty, r.ToString());
    }

    [Fact]
    public void Order_IsOrdinal()
    {
        Assert.True(MunicipalityCode.Parse("GM0014") < MunicipalityCode.Parse("GM0363"));
        Assert.True(RegionCode.Parse("AM01") < RegionCode.Parse("AM18"));
    }

    [Fact]
    public void Parse_OfWrongText_NamesWhatTheCodeShouldBe()
    {
        Assert.Contains("gemeentecode (GM followed by four digits)", Assert.Throws<FormatException>(() => MunicipalityCode.Parse("AM18")).Message);
        Assert.Contains("arbeidsmarktregiocode (AM followed by two digits)", Assert.Throws<FormatException>(() => RegionCode.Parse("GM0363")).Message);
    }

    [Fact]
    public void Equality_IsThatOfTheText()
    {
        Assert.Equal(MunicipalityCode.Parse("GM0363"), MunicipalityCode.Parse("GM0363"));
        Assert.Equal(MunicipalityCode.Parse("GM0363").GetHashCode(), MunicipalityCode.Parse("GM0363").GetHashCode());
        Assert.True(MunicipalityCode.Parse("GM0363") != MunicipalityCode.Parse("GM0014"));
        Assert.True(RegionCode.Parse("AM18") == RegionCode.Parse("AM18"));
        Assert.NotEqual(RegionCode.Parse("AM18"), RegionCode.Parse("AM01"));
        Assert.Equal(default, default(RegionCode));
        Assert.NotEqual(default, MunicipalityCode.Parse("GM0363"));
    }

    [Fact]
    public void MunicipalityCode_Number_IsItsDigits()
    {
        Assert.Equal(363, MunicipalityCode.Parse("GM0363").Number);
        Assert.Equal(-1, default(MunicipalityCode).Number);
        Assert.Throws<InvalidOperationException>(() => default(RegionCode).Value);
    }
}
