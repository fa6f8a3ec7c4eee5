namespace Onderwijsroute.Funding.Tests;

/// <summary>Both CBS code types through their one parser and their record-struct equality.</summary>
public class CbsCodesTests
{
    [Theory]
    [InlineData("AM18", true)]
    [InlineData("AM1", false)]
    [InlineData("AM018", false)]
    [InlineData("am18", false)]
    [InlineData("GM18", false)]
    [InlineData("AM1x", false)]
    [InlineData(null, false)]
    public void RegionCode_TryParse_AcceptsOnlyAmAndTwoDigits(string? text, bool valid)
    {
        Assert.Equal(valid, RegionCode.TryParse(text, out var code));
        Assert.Equal(valid ? text : string.Empty, code.ToString());
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
