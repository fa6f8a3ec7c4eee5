using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Tests.Parameters;

/// <summary>
/// The conventions of the sources register (docs/domain.md §2): every source is used, everything cites a source that
/// exists, a status rests on the right kind of source, a derived value's formula gives it. Each rule also has a test
/// that breaks it on purpose, so the convention cannot pass vacuously.
/// </summary>
public class SourceConventionTests
{
    private static readonly ParameterCatalogue Catalogue = ParameterCatalogue.Embedded;

    [Fact]
    public void EverySourceInTheRegister_IsUsed()
    {
        Assert.Empty(SourceUses.Unused(Catalogue.Sources, SourceUses.UsedIds(Catalogue)));
    }

    [Fact]
    public void ASourceNothingUses_IsFound()
    {
        using var reader = new StreamReader(typeof(ParameterCatalogue).Assembly.GetManifestResourceStream("Parameters/Sources/bronnen.yaml")!);
        var withExtra = SourceRegister.Load("bronnen.yaml", new StringReader(reader.ReadToEnd() + """

              ongebruikt:
                title: Niemand citeert dit
                publisher: Niemand
                date: 2026
                kind: secundair
            """));

        Assert.Equal(["ongebruikt"], SourceUses.Unused(withExtra, SourceUses.UsedIds(Catalogue)));
    }

    [Fact]
    public void EveryFreeTextSource_StartsWithSourcesInTheRegister_ThatCarryItsStatus()
    {
        foreach (var (where, status, text) in SourceUses.CitedTexts())
        {
            Assert.True(Catalogue.Sources.TryReadCitedText(text, out var citations, out var rest, out var problem), $"{where}: {problem}");
            Assert.False(string.IsNullOrWhiteSpace(rest) && status == ParameterStatusNames.Assumption, $"{where}: an assumption without reasoning");
            if (status == ParameterStatusNames.Confirmed)
            {
                Assert.Contains(citations, c => c.Source.Kind == SourceKind.Primary || c.Source.Kind == SourceKind.ResearchReport);
            }
        }
    }

    [Fact]
    public void NoReadyScenario_SaysItsPricesAreFromTheResearchReport()
    {
        foreach (var (where, _, text) in SourceUses.CitedTexts())
        {
            Assert.DoesNotContain("genoemd in het onderzoeksrapport", text, StringComparison.Ordinal);
            Assert.DoesNotContain("€15.500", text, StringComparison.Ordinal);
            if (text.Contains("AEF", StringComparison.Ordinal))
            {
                Assert.True(Catalogue.Sources.TryReadCitedText(text, out var citations, out _, out _), where);
                Assert.Contains(citations, c => c.Source.Id == "mbo-today-extra-budget");
            }
        }
    }

    [Fact]
    public void EveryFormula_ReproducesItsValue()
    {
        var formulas = 0;
        foreach (var scheme in Catalogue.Schemes)
        {
            foreach (var parameter in scheme.Parameters)
            {
                foreach (var value in parameter.Values.Where(v => v.Formula is not null))
                {
                    formulas++;
                    Assert.True(ParameterFormula.TryEvaluate(value.Formula!, (name, date) => scheme.FindParameter(name)?.ValueOn(date)?.Value.Number, out var result, out var problem), problem);
                    Assert.Equal(value.Value.Number, result);
                }
            }
        }

        Assert.True(formulas >= 10, $"only {formulas} formulas");
    }

    [Theory]
    [InlineData("spuk-onderwijsroute-2023.yaml", "value: 4300000", "value: 4300001", "gives 4300000, not the value 4300001")]
    [InlineData("spuk-onderwijsroute-2023.yaml", "value: 15900000, status: secundair", "value: 15900000, status: bevestigd", "'bevestigd' needs a primary source")]
    [InlineData("spuk-onderwijsroute-2023.yaml", "source: \"schulinck-prinsjesdag-inburgering\" }", "source: \"schulinck-prinsjesdag\" }", "source 'schulinck-prinsjesdag' is not in the register")]
    [InlineData("spuk-regulier.yaml", "value: 10770", "value: 10771", "gives 10770, not the value 10771")]
    [InlineData("prognose-aannames.yaml", "        reasoning: Looptijd niet gevonden; aanname één jaar (de route is bedoeld om sneller door te stromen naar een Entree-opleiding).\n", "", "'aanname' needs its 'reasoning'")]
    public void BreakingARuleInAnEmbeddedFile_IsALoadErrorWithItsLine(string file, string old, string replacement, string expected)
    {
        var text = ParameterCatalogue.OpenEmbeddedFile(file).ReadToEnd();
        Assert.Contains(old, text, StringComparison.Ordinal);

        var error = Assert.Throws<ParameterLoadException>(() => ParameterCatalogue.Load([(file, new StringReader(text.Replace(old, replacement, StringComparison.Ordinal)))]));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }
}
