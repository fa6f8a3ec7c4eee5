using NodaTime;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Parameters.Sources;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Tests.Parameters;

public class ParameterCatalogueTests
{
    private static readonly ParameterCatalogue Catalogue = ParameterCatalogue.Embedded;

    [Fact]
    public void Embedded_HasTheFiveSchemes()
    {
        Assert.Equal(
            [SchemeIds.MunicipalFundAddition, SchemeIds.CentralMunicipalityGrant, SchemeIds.EducationRouteGrant, SchemeIds.EducationRouteSupplement, SchemeIds.RegularGrant],
            Catalogue.Schemes.Where(s => s.IsFundingScheme).Select(s => s.Id));
    }

    [Theory]
    [InlineData(SchemeIds.CentralMunicipalityGrant, 2022, 15_000_000)]
    [InlineData(SchemeIds.CentralMunicipalityGrant, 2023, 9_000_000)]
    [InlineData(SchemeIds.EducationRouteGrant, 2023, 4_300_000)]
    [InlineData(SchemeIds.EducationRouteGrant, 2024, 15_900_000)]
    [InlineData(SchemeIds.EducationRouteGrant, 2025, 14_800_000)]
    [InlineData(SchemeIds.MunicipalFundAddition, 2023, 40_000_000)]
    public void ForYear_Budget_IsTheDomainFigure(string scheme, int year, long euros)
    {
        Assert.Equal(Money.FromEuros(euros), Catalogue.ForYear(scheme, "budget", year).Value.AsMoney());
    }

    [Fact]
    public void Budget2023Of35Million_IsDerived_2024And2025AreSecondary()
    {
        var derived = Catalogue.ForYear(SchemeIds.EducationRouteGrant, "budget", 2023);

        Assert.Equal(ParameterStatus.Derived, derived.Status);
        Assert.Equal("[totaalbudget@2023] - [budget@2024] - [budget@2025]", derived.Formula);
        Assert.Equal(ParameterStatus.Secondary, Catalogue.ForYear(SchemeIds.EducationRouteGrant, "budget", 2024).Status);
        Assert.Equal("schulinck-prinsjesdag-inburgering", Catalogue.ForYear(SchemeIds.EducationRouteGrant, "budget", 2025).MainCitation!.Source.Id);
    }

    [Fact]
    public void AsOf_ADate_GivesEveryParameterInForceThen()
    {
        var asOf = Catalogue.AsOf(SchemeIds.EducationRouteGrant, new LocalDate(2024, 6, 1));

        Assert.Contains(asOf, p => p.Name == "budget" && p.Value.AsMoney() == Money.FromEuros(15_900_000));
        Assert.Equal(Catalogue.FindScheme(SchemeIds.EducationRouteGrant)!.Parameters.Count, asOf.Count);
    }

    [Fact]
    public void Resolve_OutsideEveryValue_IsNull()
    {
        Assert.Null(Catalogue.Resolve(SchemeIds.EducationRouteGrant, "budget", new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void ForYear_YearWithoutValue_IsABugOfTheCallerThatChecksYearsFirst()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalogue.ForYear(SchemeIds.EducationRouteGrant, "budget", 2030));
    }

    [Fact]
    public void Version_IsStableAcrossLoads()
    {
        var again = ParameterCatalogue.Load(ParameterCatalogue.EmbeddedFileNames().Select(n => (n, ParameterCatalogue.OpenEmbeddedFile(n))));

        Assert.Equal(Catalogue.Version, again.Version);
        Assert.StartsWith("sha256:", Catalogue.Version, StringComparison.Ordinal);
        Assert.Equal(71, Catalogue.Version.Length);
    }

    [Fact]
    public void Version_ChangesWhenAnyValueChanges()
    {
        var files = ParameterCatalogue.EmbeddedFileNames().Select(n => (n, Text: ParameterCatalogue.OpenEmbeddedFile(n).ReadToEnd())).ToArray();
        var changed = files.Select(f => (f.n, (TextReader)new StringReader(f.Text.Replace("value: 15000000", "value: 15000001", StringComparison.Ordinal))));

        Assert.NotEqual(Catalogue.Version, ParameterCatalogue.Load(changed).Version);
    }

    [Fact]
    public void Version_ChangesWhenAPassageInTheRegisterChanges()
    {
        using var reader = new StreamReader(typeof(ParameterCatalogue).Assembly.GetManifestResourceStream("Parameters/Sources/bronnen.yaml")!);
        var register = SourceRegister.Load("bronnen.yaml", new StringReader(reader.ReadToEnd().Replace("€ 14,8 miljoen", "€ 14,9 miljoen", StringComparison.Ordinal)));

        var again = ParameterCatalogue.Load(register, ParameterCatalogue.EmbeddedFileNames().Select(n => (n, ParameterCatalogue.OpenEmbeddedFile(n))));

        Assert.NotEqual(Catalogue.Version, again.Version);
    }

    [Fact]
    public void WithOverrides_WinsForItsPeriod_ChangesTheVersion_AndIsAnAssumption()
    {
        var scenario = Catalogue.WithOverrides([ParameterOverride.ForYear(SchemeIds.EducationRouteGrant, "budget", 2024, "20000000", "Scenario: groter budget")]);

        var overridden = scenario.ForYear(SchemeIds.EducationRouteGrant, "budget", 2024);
        Assert.Equal(Money.FromEuros(20_000_000), overridden.Value.AsMoney());
        Assert.True(overridden.IsOverride);
        Assert.Equal(ParameterStatus.Assumption, overridden.Status);
        Assert.Equal(Money.FromEuros(14_800_000), scenario.ForYear(SchemeIds.EducationRouteGrant, "budget", 2025).Value.AsMoney());
        Assert.NotEqual(Catalogue.Version, scenario.Version);
    }

    [Fact]
    public void WithOverrides_SameValueWrittenDifferently_GivesTheSameVersion()
    {
        var a = Catalogue.WithOverrides([ParameterOverride.ForYear(SchemeIds.EducationRouteGrant, "budget", 2024, "20000000", "x")]);
        var b = Catalogue.WithOverrides([ParameterOverride.ForYear(SchemeIds.EducationRouteGrant, "budget", 2024, "20000000.00", "x")]);

        Assert.Equal(a.Version, b.Version);
    }

    [Fact]
    public void WithOverrides_DifferentValue_GivesADifferentVersion()
    {
        var a = Catalogue.WithOverrides([ParameterOverride.ForYear(SchemeIds.EducationRouteGrant, "budget", 2024, "20000000", "x")]);
        var b = Catalogue.WithOverrides([ParameterOverride.ForYear(SchemeIds.EducationRouteGrant, "budget", 2024, "20000001", "x")]);

        Assert.NotEqual(a.Version, b.Version);
    }

    [Theory]
    [InlineData("onbekend", "budget", "1", "overschrijvingen[0].regeling")]
    [InlineData(SchemeIds.EducationRouteGrant, "onbekend", "1", "overschrijvingen[0].parameter")]
    [InlineData(SchemeIds.EducationRouteGrant, "budget", "1.001", "overschrijvingen[0].waarde")]
    [InlineData(SchemeIds.EducationRouteGrant, "budget", "-5", "overschrijvingen[0].waarde")]
    public void CheckOverrides_Invalid_NamesTheField(string scheme, string parameter, string value, string field)
    {
        ParameterOverride[] overrides = [ParameterOverride.ForYear(scheme, parameter, 2024, value, "x")];

        Assert.Equal(field, Assert.Single(Catalogue.CheckOverrides(overrides, i => $"overschrijvingen[{i}]")).Path);
        Assert.Throws<ArgumentException>(() => Catalogue.WithOverrides(overrides));
    }

    [Fact]
    public void CheckOverrides_TwoForTheSamePeriod_NamesTheSecond()
    {
        var errors = Catalogue.CheckOverrides(
        [
            ParameterOverride.ForYear(SchemeIds.EducationRouteGrant, "budget", 2024, "1", "x"),
            ParameterOverride.ForYear(SchemeIds.EducationRouteGrant, "budget", 2024, "2", "y"),
        ], i => $"regels[{i}]");

        var error = Assert.Single(errors);
        Assert.Equal("regels[1]", error.Path);
        Assert.Contains("regels[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenEmbeddedFile_NameNotEmbedded_ThrowsNamingTheFileInItsFolder()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ParameterCatalogue.OpenEmbeddedFile("bestaat-niet.yaml"));

        Assert.Equal("No embedded file Schemes/bestaat-niet.yaml.", error.Message);
    }
}
