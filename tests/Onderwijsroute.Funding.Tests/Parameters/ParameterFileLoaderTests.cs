using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding.Tests.Parameters;

public class ParameterFileLoaderTests
{
    private const string Valid = """
        id: test-regeling
        name: Test
        description: Een regeling om het laden te toetsen.
        legalBasis: Geen
        years: { from: 2024, until: 2025 }
        parameters:
          budget:
            description: Plafond
            unit: euro
            values:
              - { from: 2024-01-01, until: 2024-12-31, value: 100, status: bevestigd, reference: "Bron A" }
              - { from: 2025-01-01, until: 2025-12-31, value: 200, status: aanname, reference: "Bron B" }
        """;

    private static ParameterCatalogue Load(string yaml) => ParameterCatalogue.Load([("test.yaml", new StringReader(yaml))]);

    private static string Fails(string yaml) => Assert.Throws<ParameterLoadException>(() => Load(yaml)).Message;

    [Fact]
    public void Load_ValidFile_GivesDatedValuesWithStatusAndReference()
    {
        var catalogue = Load(Valid);

        var value = catalogue.ForYear("test-regeling", "budget", 2025);
        Assert.Equal(Money.FromEuros(200), value.Value.AsMoney());
        Assert.Equal(ParameterStatus.Assumption, value.Status);
        Assert.Equal("Bron B", value.Reference);
    }

    [Fact]
    public void Load_UnknownKey_IsALoadErrorWithItsLine()
    {
        var message = Fails(Valid.Replace("status: aanname,", "status: aanname, bron: x,", StringComparison.Ordinal));

        Assert.Contains("test.yaml", message, StringComparison.Ordinal);
        Assert.Contains("line 12", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithoutKind_IsAFundingScheme()
    {
        var scheme = Assert.Single(Load(Valid).Schemes);

        Assert.Equal(SchemeKind.FundingScheme, scheme.Kind);
        Assert.True(scheme.IsFundingScheme);
    }

    [Fact]
    public void Load_KindAannames_IsNoFundingScheme()
    {
        var scheme = Assert.Single(Load(Valid.Replace("name: Test", "kind: aannames\nname: Test", StringComparison.Ordinal)).Schemes);

        Assert.Equal(SchemeKind.Assumptions, scheme.Kind);
        Assert.False(scheme.IsFundingScheme);
    }

    [Fact]
    public void Load_UnknownKind_IsALoadError()
    {
        Assert.Contains("'kind' is 'wet'", Fails(Valid.Replace("name: Test", "kind: wet\nname: Test", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingReference_IsALoadError()
    {
        var message = Fails(Valid.Replace(", reference: \"Bron B\"", string.Empty, StringComparison.Ordinal));

        Assert.Contains("'reference' is missing", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingStatus_IsALoadError()
    {
        Assert.Contains("'status' is missing", Fails(Valid.Replace("status: bevestigd, ", string.Empty, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownStatus_IsALoadError()
    {
        Assert.Contains("neither 'bevestigd' nor 'aanname'", Fails(Valid.Replace("status: aanname", "status: misschien", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingDateRanges_IsALoadError()
    {
        Assert.Contains("overlap", Fails(Valid.Replace("from: 2025-01-01", "from: 2024-12-31", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AYearOfThePeriodWithoutValue_IsALoadError()
    {
        Assert.Contains("no value for the whole of 2025", Fails(Valid.Replace("until: 2025-12-31", "until: 2025-06-30", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AmountWithThreeDecimals_IsALoadError()
    {
        Assert.Contains("whole cents", Fails(Valid.Replace("value: 200,", "value: 200.001,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateKey_IsALoadError()
    {
        Fails(Valid.Replace("legalBasis: Geen", "legalBasis: Geen\nlegalBasis: Twee", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SameSchemeTwice_IsALoadError()
    {
        Assert.Throws<ParameterLoadException>(() => ParameterCatalogue.Load([("a.yaml", new StringReader(Valid)), ("b.yaml", new StringReader(Valid))]));
    }
}
