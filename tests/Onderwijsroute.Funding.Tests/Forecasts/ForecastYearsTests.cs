using NodaTime;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Tests.Forecasts;

/// <summary>
/// The years a forecast may cover are data: those of the forecast assumptions in the catalogue the calculation runs
/// with, so another parameter file moves them without a change in the code.
/// </summary>
public class ForecastYearsTests
{
    private const string ShippedYears = "years: { from: 2022, until: 2030 }";

    private static readonly ReferenceDataSet Data = ReferenceDataSet.Embedded;
    private static readonly MunicipalityCode Groningen = MunicipalityCode.Parse("GM0014");

    /// <summary>The embedded files, with the forecast assumptions' years replaced.</summary>
    private static ParameterCatalogue WithAssumptionYears(string years)
    {
        var files = ParameterCatalogue.EmbeddedFileNames().Select(n => (Name: n, Text: ParameterCatalogue.OpenEmbeddedFile(n).ReadToEnd())).ToArray();
        var assumptions = Assert.Single(files, f => f.Text.Contains("id: " + SchemeIds.ForecastAssumptions + "\n", StringComparison.Ordinal));
        Assert.Contains(ShippedYears, assumptions.Text, StringComparison.Ordinal);
        return ParameterCatalogue.Load(files.Select(f => (f.Name, (TextReader)new StringReader(
            f.Name == assumptions.Name ? f.Text.Replace(ShippedYears, years, StringComparison.Ordinal) : f.Text))));
    }

    /// <summary>Groningen with one starter group of nobody, so that the forecast does not start from the starting point.</summary>
    private static ForecastRequest ForGroningen(int first, int last) =>
        new(ForecastScope.ForMunicipality(Groningen), first, last) { Starters = [new StarterGroup(first, EducationLevel.Mbo2, 0)] };

    [Fact]
    public void Years_OfTheShippedFiles_Are2022To2030()
    {
        Assert.Equal((2022, 2030), ForecastCalculator.Years(ParameterCatalogue.Embedded));
    }

    [Fact]
    public void Calculate_AssumptionsEndingIn2029_RefuseALastYear2030NamingTheField()
    {
        var catalogue = WithAssumptionYears("years: { from: 2022, until: 2029 }");

        var outcome = ForecastCalculator.Calculate(catalogue, Data, ForGroningen(2024, 2030));

        Assert.Equal("totEnMetJaar", Refusal.PathOf(outcome));
        Assert.Equal("Het laatste jaar moet tussen 2024 en 2029 liggen.", Assert.Single(outcome.Errors).Message);
        Assert.True(ForecastCalculator.Calculate(ParameterCatalogue.Embedded, Data, ForGroningen(2024, 2030)).IsValid);
    }

    [Fact]
    public void Calculate_AssumptionsEndingIn2029_RefuseAFirstYear2030AndComputeUpTo2029()
    {
        var catalogue = WithAssumptionYears("years: { from: 2022, until: 2029 }");

        var refused = ForecastCalculator.Calculate(catalogue, Data, ForGroningen(2030, 2030));
        var computed = ForecastCalculator.Calculate(catalogue, Data, ForGroningen(2024, 2029));

        Assert.Equal("vanJaar", Refusal.PathsOf(refused)[0]);
        Assert.Equal("Het eerste jaar moet tussen 2022 en 2029 liggen.", refused.Errors[0].Message);
        Assert.Equal(2029, computed.Value.Years[^1].Year);
    }

    [Fact]
    public void Calculate_AssumptionsFrom2023_RefuseTheYearAndTheStartsOf2022()
    {
        var catalogue = WithAssumptionYears("years: { from: 2023, until: 2030 }");
        var request = new ForecastRequest(ForecastScope.ForMunicipality(Groningen), 2023, 2025)
        {
            Trajectories = [new Trajectory(new LocalDate(2022, 12, 31), EducationLevel.Mbo2, ContractForm.Contracted)],
            Starters = [new StarterGroup(2022, EducationLevel.Mbo2, 1)],
        };

        var outcome = ForecastCalculator.Calculate(catalogue, Data, request);

        Assert.Equal(["trajecten[0].startdatum", "starters[0].jaar"], Refusal.PathsOf(outcome));
        Assert.StartsWith("De startdatum 2022-12-31 ligt niet tussen 2023-01-01 ", outcome.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(["vanJaar", "starters[0].jaar"], Refusal.PathsOf(ForecastCalculator.Calculate(catalogue, Data, ForGroningen(2022, 2025))));
    }
}
