using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Tests.Parameters;

/// <summary>Conventions every parameter file keeps: law is data, with a source and a status for every value.</summary>
public class ParameterConventionTests
{
    public static TheoryData<string> Files() => new(ParameterCatalogue.EmbeddedFileNames());

    [Fact]
    public void ThereAreFiveRegelingenAndOneSetOfForecastAssumptions()
    {
        Assert.Equal(6, ParameterCatalogue.EmbeddedFileNames().Count);
        Assert.Equal(5, ParameterCatalogue.Embedded.Schemes.Count(s => s.IsFundingScheme));
        Assert.Equal(SchemeIds.ForecastAssumptions, Assert.Single(ParameterCatalogue.Embedded.Schemes, s => !s.IsFundingScheme).Id);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryFile_LoadsStrictly_AndItsIdIsItsFileName(string file)
    {
        using var reader = ParameterCatalogue.OpenEmbeddedFile(file);

        var catalogue = ParameterCatalogue.Load([(file, reader)]);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), Assert.Single(catalogue.Schemes).Id);
    }

    [Fact]
    public void EveryValue_HasAStatusAndASourceInTheRegister_AndEveryParameterADescription()
    {
        var register = ParameterCatalogue.Embedded.Sources;
        foreach (var scheme in ParameterCatalogue.Embedded.Schemes)
        {
            Assert.False(string.IsNullOrWhiteSpace(scheme.LegalBasis));
            foreach (var parameter in scheme.Parameters)
            {
                Assert.False(string.IsNullOrWhiteSpace(parameter.Description), $"{scheme.Id}/{parameter.Name}");
                Assert.All(parameter.Values, v =>
                {
                    Assert.NotEmpty(v.Citations);
                    Assert.All(v.Citations, c => Assert.Same(c.Source, register.Find(c.Source.Id)));
                    Assert.True(Enum.IsDefined(v.Status));
                });
            }
        }
    }

    [Fact]
    public void EveryCappedScheme_HasABudgetKeyRoundingAndRecipientsForEachYearItCovers()
    {
        var capped = ParameterCatalogue.Embedded.Schemes.Where(s => s.FindParameter(ParameterNames.Budget) is not null && s.FindParameter(ParameterNames.AdvanceKey) is not null).ToArray();

        Assert.Equal(3, capped.Length);
        foreach (var scheme in capped)
        {
            for (var year = scheme.FirstYear; year <= scheme.LastYear; year++)
            {
                foreach (var name in new[] { ParameterNames.Budget, ParameterNames.RoundingUnit, ParameterNames.Recipients, ParameterNames.AdvanceKey, ParameterNames.PopulationDateYearsBack })
                {
                    Assert.NotNull(ParameterCatalogue.Embedded.ForYear(scheme.Id, name, year));
                }
            }
        }
    }
}
