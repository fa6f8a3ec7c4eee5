using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding.Tests.Parameters;

/// <summary>The strict loader: every broken rule is a load error naming the file and the line.</summary>
public class ParameterFileLoaderTests
{
    // Line numbers matter: the 2024 budget is line 11, the 2025 budget line 12, the derived total line 17.
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
              - { from: 2024-01-01, until: 2024-12-31, value: 100, status: bevestigd, source: "wet art. 1" }
              - { from: 2025-01-01, until: 2025-12-31, value: 200, status: secundair, source: nieuws }
          totaal:
            description: Som van beide jaren
            unit: euro
            values:
              - { from: 2024-01-01, value: 300, status: afgeleid, formula: "[budget@2024] + [budget@2025]", source: [wet, nieuws] }
          sleutel:
            description: Sleutel
            unit: tekst
            values:
              - { from: 2024-01-01, value: inwoners, status: aanname, source: model, reasoning: "Omdat de sleutel onbekend is." }
        """;

    private static ParameterCatalogue Load(string yaml) => TestSources.Load(yaml);

    private static ParameterLoadException Fails(string yaml) => Assert.Throws<ParameterLoadException>(() => Load(yaml));

    private static string Broken(string old, string replacement)
    {
        Assert.Contains(old, Valid, StringComparison.Ordinal);
        return Valid.Replace(old, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidFile_GivesDatedValuesWithStatusSourcesFormulaAndReasoning()
    {
        var catalogue = Load(Valid);

        var confirmed = catalogue.ForYear("test-regeling", "budget", 2024);
        Assert.Equal(Money.FromEuros(100), confirmed.Value.AsMoney());
        Assert.Equal(ParameterStatus.Confirmed, confirmed.Status);
        Assert.Equal(("wet", "art. 1"), (confirmed.MainCitation!.Source.Id, confirmed.MainCitation.Location));
        Assert.Equal(ParameterStatus.Secondary, catalogue.ForYear("test-regeling", "budget", 2025).Status);
        var derived = catalogue.ForYear("test-regeling", "totaal", 2025);
        Assert.Equal((ParameterStatus.Derived, "[budget@2024] + [budget@2025]"), (derived.Status, derived.Formula));
        Assert.Equal(["wet", "nieuws"], derived.Citations.Select(c => c.Source.Id));
        var assumption = catalogue.ForYear("test-regeling", "sleutel", 2024);
        Assert.Equal((ParameterStatus.Assumption, "Omdat de sleutel onbekend is."), (assumption.Status, assumption.Reasoning));
    }

    [Fact]
    public void Load_UnknownKey_IsALoadErrorWithItsLine()
    {
        var error = Fails(Broken("status: secundair,", "status: secundair, bron: x,"));

        Assert.Equal(("test.yaml", 12), (error.File, error.Line));
        Assert.Contains("test.yaml, line 12: unknown key 'bron'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingStatus_IsALoadErrorWithItsLine()
    {
        var error = Fails(Broken("status: secundair, ", string.Empty));

        Assert.Equal(12, error.Line);
        Assert.Contains("'status' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownStatus_IsALoadError()
    {
        Assert.Contains("not one of bevestigd, secundair, afgeleid, aanname", Fails(Broken("status: secundair", "status: misschien")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingSource_IsALoadError()
    {
        var error = Fails(Broken(", source: nieuws", string.Empty));

        Assert.Equal(12, error.Line);
        Assert.Contains("'source' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SourceNotInTheRegister_IsALoadErrorWithItsLine()
    {
        var error = Fails(Broken("source: nieuws", "source: \"krant art. 3\""));

        Assert.Equal(12, error.Line);
        Assert.Contains("source 'krant' is not in the register", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BevestigdWithoutAPrimarySource_IsALoadError()
    {
        var error = Fails(Broken("status: secundair, source: nieuws", "status: bevestigd, source: nieuws"));

        Assert.Equal(12, error.Line);
        Assert.Contains("'bevestigd' needs a primary source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BevestigdOnAPrimarySourceWithoutAPassage_IsALoadError()
    {
        Assert.Contains("'bevestigd' needs a primary source with a quoted passage", Fails(Broken("source: \"wet art. 1\"", "source: wet-zonder-passage")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ACitedPlaceTheRegisterQuotesNothingFrom_IsALoadErrorWithItsLine()
    {
        var error = Fails(Broken("source: \"wet art. 1\"", "source: \"wet art. 4 lid 2\""));

        Assert.Equal(11, error.Line);
        Assert.Contains("'wet art. 4 lid 2' cites a place of which the register quotes no passage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SecundairOnlyOnOwnChoices_IsALoadError()
    {
        Assert.Contains("'secundair' needs a secondary source", Fails(Broken("status: secundair, source: nieuws", "status: secundair, source: model")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SecundairOnTheResearchReport_IsAccepted()
    {
        Assert.Equal(ParameterStatus.Secondary, Load(Broken("source: nieuws", "source: \"rapport §1\"")).ForYear("test-regeling", "budget", 2025).Status);
    }

    [Fact]
    public void Load_AfgeleidWithoutFormula_IsALoadError()
    {
        var error = Fails(Broken("formula: \"[budget@2024] + [budget@2025]\", ", string.Empty));

        Assert.Equal(17, error.Line);
        Assert.Contains("'afgeleid' needs its 'formula'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AfgeleidWhoseFormulaDoesNotGiveItsValue_IsALoadErrorWithItsLine()
    {
        var error = Fails(Broken("value: 300", "value: 301"));

        Assert.Equal(17, error.Line);
        Assert.Contains("gives 300, not the value 301", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FormulaReferringToItsOwnValue_IsALoadError()
    {
        Assert.Contains("refers to the value it computes", Fails(Broken("[budget@2024] + [budget@2025]", "[totaal@2024] - 0")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FormulaReferringToAnUnknownParameter_IsALoadError()
    {
        Assert.Contains("[plafond@2024] has no number in this file", Fails(Broken("[budget@2024]", "[plafond@2024]")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FormulaOnABevestigdValue_IsALoadError()
    {
        Assert.Contains("a 'formula' belongs to an 'afgeleid' value", Fails(Broken("status: bevestigd,", "status: bevestigd, formula: \"50 + 50\",")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AannameWithoutReasoning_IsALoadError()
    {
        var error = Fails(Broken(", reasoning: \"Omdat de sleutel onbekend is.\"", string.Empty));

        Assert.Contains("'aanname' needs its 'reasoning'", error.Message, StringComparison.Ordinal);
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
        var scheme = Assert.Single(Load(Broken("name: Test", "kind: aannames\nname: Test")).Schemes);

        Assert.Equal(SchemeKind.Assumptions, scheme.Kind);
        Assert.False(scheme.IsFundingScheme);
    }

    [Fact]
    public void Load_UnknownKind_IsALoadError()
    {
        Assert.Contains("'kind' is 'wet'", Fails(Broken("name: Test", "kind: wet\nname: Test")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingDateRanges_IsALoadError()
    {
        Assert.Contains("overlap", Fails(Broken("from: 2025-01-01", "from: 2024-12-31")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AYearOfThePeriodWithoutValue_IsALoadError()
    {
        Assert.Contains("no value for the whole of 2025", Fails(Broken("until: 2025-12-31", "until: 2025-06-30")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AmountWithThreeDecimals_IsALoadError()
    {
        Assert.Contains("whole cents", Fails(Broken("value: 200,", "value: 200.001,")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateKey_IsALoadErrorWithItsLine()
    {
        Assert.NotNull(Fails(Broken("legalBasis: Geen", "legalBasis: Geen\nlegalBasis: Twee")).Line);
    }

    [Fact]
    public void Load_SameSchemeTwice_IsALoadError()
    {
        Assert.Throws<ParameterLoadException>(() => ParameterCatalogue.Load(TestSources.Register, [("a.yaml", new StringReader(Valid)), ("b.yaml", new StringReader(Valid))]));
    }
}
