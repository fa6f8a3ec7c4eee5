using NodaTime;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Ready;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Tests.Forecasts;

/// <summary>
/// Explanation texts that state a parameter's value (the supplement's first year, the inburgering age, the regular
/// SPUK's counting period) take it from the parameters; with the shipped files they read word for word as they always have.
/// </summary>
public class ParameterTextsTests
{
    private static readonly MunicipalityCode Groningen = MunicipalityCode.Parse("GM0014");

    private static ForecastResult Forecast(params ParameterOverride[] overrides) =>
        ForecastCalculator.Calculate(ParameterCatalogue.Embedded, ReferenceDataSet.Embedded, new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2024, 2027)
        {
            Overrides = overrides,
            Trajectories =
            [
                new Trajectory(new LocalDate(2024, 3, 1), EducationLevel.Mbo2, ContractForm.Contracted),
                new Trajectory(new LocalDate(2026, 9, 1), EducationLevel.Mbo3, ContractForm.Contracted) { BirthDate = new LocalDate(2009, 3, 15), HousingYear = 2026 },
            ],
            Starters = [new StarterGroup(2025, EducationLevel.Mbo4, 2)],
        }).Value;

    private static IEnumerable<string> AllNotes(ForecastResult result) =>
        result.Explanation.Notes
            .Concat(result.Years.SelectMany(y => y.Costs.Concat(y.Income).Append(y.Prefinanced)).SelectMany(f => f.Explanation.Notes));

    [Theory]
    [InlineData("Voor 1 traject(en) zonder huisvestingsjaar is het startjaar als jaar van huisvesting aangenomen (geen van hen kan de toeslag vanaf 2026 krijgen).")]
    [InlineData("Aanname: 2 starter(s) zonder huisvestingsjaar zijn in hun startjaar gehuisvest. Daarvan hangen de telling voor de reguliere SPUK en de toeslag vanaf 2026 af; wie in het jaar ervoor is gehuisvest, krijgt in dat jaar geen toeslag.")]
    [InlineData("Kosten (traject en reizen) van deelnemers die nog geen 18 zijn: zij brengen pas financiering vanaf het kalenderjaar waarin zij 18 worden; de gemeente financiert voor. Begrepen in de kosten.")]
    [InlineData("Per deelnemer telt het cohort van het jaar van huisvesting, of van het jaar waarin de deelnemer 18 wordt als dat later is.")]
    [InlineData("Eenmalig per onderwijsroutedeelnemer die in 2026 tot en met 2029 is gehuisvest, in het jaar van huisvesting (of, bij wie dan nog geen 18 is, het jaar waarin hij of zij 18 wordt). Wie eerder is gehuisvest, krijgt geen toeslag, ook niet bij een latere start of een latere achttiende verjaardag.")]
    public void ForecastNotes_WithTheShippedParameters_ReadAsBefore(string note)
    {
        Assert.Contains(note, AllNotes(Forecast()));
    }

    [Fact]
    public void ForecastNotes_AnotherInburgeringAge_StateIt()
    {
        var age17 = new ParameterOverride(SchemeIds.ForecastAssumptions, ForecastParameterNames.InburgeringAge, new LocalDate(2024, 1, 1), null, "17", "test");

        var notes = AllNotes(Forecast(age17)).ToArray();

        Assert.Contains("Per deelnemer telt het cohort van het jaar van huisvesting, of van het jaar waarin de deelnemer 17 wordt als dat later is.", notes);
        Assert.Contains(notes, n => n.Contains("(of, bij wie dan nog geen 17 is, het jaar waarin hij of zij 17 wordt)", StringComparison.Ordinal) && n.EndsWith("een latere zeventiende verjaardag.", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => n.Contains("geen 18", StringComparison.Ordinal) || n.Contains("18 word", StringComparison.Ordinal) || n.Contains("achttiende", StringComparison.Ordinal));
    }

    [Fact]
    public void ScenarioAssumptions_WithTheShippedParameters_ReadAsBefore()
    {
        var run = ScenarioEngine.Run(ReadyScenarios.All[0]);

        var housing = Assert.Single(run.Assumptions, a => a.Name == "model.huisvestingNaarStart");
        Assert.StartsWith("[rekenmodel docs/scenarios.md; duo-spuk Berekening; onderzoeksrapport-2023 §3.1] De instroom is per jaar van huisvesting. De reguliere SPUK telt een deelnemer in het jaar van huisvesting en de twee jaren erna, de toeslag valt in het jaar van huisvesting (alleen wie vanaf 2026 is gehuisvest); de kosten volgen de start in de startmaand. Wie in 2025 is gehuisvest en in 2026 start, valt tussen de regelingen (instroomTussenRegelingen). Scenariomodel ", housing.Source, StringComparison.Ordinal);
        var indeling = Assert.Single(run.Assumptions, a => a.Name == "model.gemeentelijkeIndeling");
        Assert.Contains("; latere herindelingen zijn onbekend, dus dezelfde 342 gemeenten voor elk scenariojaar.", indeling.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "twee", "tweede")]
    [InlineData(18, "achttien", "achttiende")]
    [InlineData(20, "twintig", "twintigste")]
    [InlineData(21, "21", "21e")]
    public void DutchNumbers_SpellSmallNumbers_AndFallBackToDigits(long n, string cardinal, string ordinal)
    {
        Assert.Equal(cardinal, DutchNumbers.Cardinal(n));
        Assert.Equal(ordinal, DutchNumbers.Ordinal(n));
    }
}
