using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Tests.Parameters;

public class SourceRegisterTests
{
    private static ParameterLoadException Fails(string yaml) =>
        Assert.Throws<ParameterLoadException>(() => SourceRegister.Load("bronnen-test.yaml", new StringReader(yaml)));

    private static string Broken(string old, string replacement)
    {
        Assert.Contains(old, TestSources.Yaml, StringComparison.Ordinal);
        return TestSources.Yaml.Replace(old, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_HoldsTheSourcesOfTheFindings_WithTheirKinds()
    {
        var register = SourceRegister.Embedded;

        Assert.Equal(SourceKind.Primary, register.Find("stcrt-2022-30604")!.Kind);
        Assert.Equal(SourceKind.Primary, register.Find("rijksoverheid-2023-09-19")!.Kind);
        Assert.Equal(SourceKind.Primary, register.Find("duo-spuk")!.Kind);
        Assert.Equal(SourceKind.Secondary, register.Find("schulinck-prinsjesdag-inburgering")!.Kind);
        Assert.Equal(SourceKind.ResearchReport, register.Find("onderzoeksrapport-2023")!.Kind);
        Assert.Equal(SourceKind.Own, register.Find("rekenmodel")!.Kind);
        Assert.Equal(register.Sources.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Id), register.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Embedded_TheResearchReportNamesNeitherAefNorATrajectPrice()
    {
        var report = SourceRegister.Embedded.Find("onderzoeksrapport-2023")!;

        Assert.DoesNotContain(report.Passages, p => p.Text.Contains("AEF", StringComparison.Ordinal) || p.Text.Contains("17.000", StringComparison.Ordinal));
        Assert.Contains(report.Passages, p => p.Location == "§3.1" && p.Text.Contains("zeer grove schatting", StringComparison.Ordinal) && p.Text.Contains("26 centrumgemeenten", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Valid_KeepsEveryField()
    {
        var wet = TestSources.Register.Find("wet")!;

        Assert.Equal(("Wet", "Staat", "2024-01-01", SourceKind.Primary), (wet.Title, wet.Publisher, wet.Date, wet.Kind));
        Assert.Equal(new SourcePassage("art. 1", "honderd"), Assert.Single(wet.Passages));
        Assert.Equal("2026-11", TestSources.Register.Find("nieuws")!.Consulted);
    }

    [Fact]
    public void Load_UnknownKey_IsALoadErrorWithItsLine()
    {
        var error = Fails(Broken("    publisher: Krant", "    publisher: Krant\n    uitgever: Krant"));

        Assert.Equal(("bronnen-test.yaml", 16), (error.File, error.Line));
        Assert.Contains("unknown key 'uitgever'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  nieuws:", "  Nieuws:", "not kebab-case")]
    [InlineData("kind: secundair", "kind: tertiair", "unknown kind 'tertiair'")]
    [InlineData("consulted: 2026-11", "consulted: november 2026", "not yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("    consulted: 2026-11\n", "", "give its 'date' or, when that is unknown, when it was 'consulted'")]
    [InlineData("    title: Wet\n", "", "'title' is missing")]
    [InlineData("    date: 2024-01-01", "    date: 2024-01-01\n    url: zoek.officielebekendmakingen.nl", "'url' is not an http(s) address")]
    public void Load_AMalformedSource_IsALoadError(string old, string replacement, string expected)
    {
        Assert.Contains(expected, Fails(Broken(old, replacement)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCite_SplitsTheIdFromThePlace()
    {
        Assert.True(TestSources.Register.TryCite("wet art. 4 lid 1", out var citation));

        Assert.Equal(("wet", "art. 4 lid 1", "wet art. 4 lid 1"), (citation!.Source.Id, citation.Location, citation.ToString()));
        Assert.False(TestSources.Register.TryCite("krant p. 3", out _));
    }

    [Fact]
    public void TryReadCitedText_ReadsTheBracketedSources_AndTheRest()
    {
        Assert.True(TestSources.Register.TryReadCitedText("[rapport §3.1; nieuws] Eigen raming.", out var citations, out var rest, out _));

        Assert.Equal(["rapport §3.1", "nieuws"], citations.Select(c => c.ToString()));
        Assert.Equal("Eigen raming.", rest);
    }

    [Theory]
    [InlineData("Eigen raming.", "does not start with its sources in brackets")]
    [InlineData("[krant] Eigen raming.", "source 'krant' is not in the register")]
    [InlineData("[ ] Eigen raming.", "the brackets name no source")]
    public void TryReadCitedText_WithoutKnownSources_SaysWhy(string text, string expected)
    {
        Assert.False(TestSources.Register.TryReadCitedText(text, out _, out _, out var problem));

        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
