using NodaTime;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Tests.ReferenceData;

public class ReferenceDataSetTests
{
    private static readonly ReferenceDataSet Data = ReferenceDataSet.Embedded;
    private static readonly LocalDate Jan2022 = new(2022, 1, 1);
    private static readonly LocalDate Jan2023 = new(2023, 1, 1);
    private static readonly LocalDate Jan2024 = new(2024, 1, 1);

    [Fact]
    public void Has342GemeentenIn35RegionsAnd12Provincies()
    {
        Assert.Equal(342, Data.Municipalities.Count);
        Assert.Equal(35, Data.Regions.Count);
        Assert.Equal(12, Data.Municipalities.Select(m => m.ProvinceCode).Distinct().Count());
        Assert.Equal(342, Data.Regions.Sum(r => r.Members.Count));
    }

    [Theory]
    [InlineData(2022, 17_590_672)]
    [InlineData(2023, 17_811_291)]
    [InlineData(2024, 17_942_942)]
    public void NationalInhabitants_MatchCbs(int year, long total)
    {
        var figures = Data.InhabitantsOn(new LocalDate(year, 1, 1)).ToArray();

        Assert.Equal(total, figures.Sum());
    }

    [Fact]
    public void Amsterdam_HasItsFiguresRegionAndProvincie()
    {
        var amsterdam = Data.FindMunicipality(MunicipalityCode.Parse("GM0363"))!;

        Assert.Equal("Amsterdam", amsterdam.Name);
        Assert.Equal(RegionCode.Parse("AM18"), amsterdam.RegionCode);
        Assert.Equal("Noord-Holland", amsterdam.ProvinceName);
        Assert.Equal(903_399, Data.Inhabitants(amsterdam.Code, Jan2022));
        Assert.Equal(918_117, Data.Inhabitants(amsterdam.Code, Jan2023));
        Assert.Equal(931_298, Data.Inhabitants(amsterdam.Code, Jan2024));
    }

    [Fact]
    public void Regions_HaveTheirCentrumgemeenteAmongTheirMembers()
    {
        Assert.All(Data.Regions, r => Assert.Contains(r.CentralMunicipality, r.Members));
        Assert.Equal(MunicipalityCode.Parse("GM0664"), Data.FindRegion(RegionCode.Parse("AM24"))!.CentralMunicipality);
        Assert.Equal(MunicipalityCode.Parse("GM0917"), Data.FindRegion(RegionCode.Parse("AM30"))!.CentralMunicipality);
    }

    [Fact]
    public void RegionInhabitants_IsTheSumOfItsMembers()
    {
        Assert.Equal(1_331_973, Data.RegionInhabitants(RegionCode.Parse("AM18"), Jan2023));
    }

    [Fact]
    public void Offer_IsKnownForEveryRegion_AndCountsMatchTheReportTable()
    {
        Assert.Equal(35, Data.Offers.Count);
        Assert.Equal(new LocalDate(2023, 2, 1), Data.Offers[0].ReferenceDate);
        Assert.Equal(30, Data.Offers.Count(o => o.Mbo == OfferStatus.Contracted));
        Assert.Equal(31, Data.Offers.Count(o => o.Hbo is OfferStatus.Contracted or OfferStatus.Custom));
        Assert.Equal(8, Data.Offers.Count(o => o.Wo == OfferStatus.Custom));
    }

    [Fact]
    public void ResolvePopulationDate_Exact_RefusesADateWithoutFigures()
    {
        Assert.Null(Data.ResolvePopulationDate(new LocalDate(2023, 7, 1), PopulationDateFallback.Exact));
        Assert.Null(Data.ResolvePopulationDate(new LocalDate(2021, 1, 1), PopulationDateFallback.LatestEarlier));
        Assert.Equal(Jan2023, Data.ResolvePopulationDate(new LocalDate(2023, 7, 1), PopulationDateFallback.LatestEarlier));
        Assert.Equal(Jan2024, Data.ResolvePopulationDate(new LocalDate(2030, 1, 1), PopulationDateFallback.LatestEarlier));
    }

    [Fact]
    public void Inhabitants_UnknownPeildatum_IsAnExplicitError()
    {
        Assert.Throws<KeyNotFoundException>(() => Data.Inhabitants(MunicipalityCode.Parse("GM0363"), new LocalDate(2021, 1, 1)));
    }

    [Fact]
    public void GemeenteSet_HoldsFor2023To2025Only()
    {
        Assert.False(Data.CoversYear(2022));
        Assert.True(Data.CoversYear(2023));
        Assert.True(Data.CoversYear(2025));
        Assert.False(Data.CoversYear(2026));
    }

    [Fact]
    public void UnknownCodes_AreNull()
    {
        Assert.Null(Data.FindMunicipality(MunicipalityCode.Parse("GM9999")));
        Assert.Null(Data.FindRegion(RegionCode.Parse("AM04")));
        Assert.Equal(-1, Data.IndexOf(MunicipalityCode.Parse("GM0457")));
    }

    [Fact]
    public void IndexOf_EveryGemeente_IsItsPosition_AndAnUninitialisedCodeIsUnknown()
    {
        for (var i = 0; i < Data.Municipalities.Count; i++)
        {
            // A code parsed from its own text, as a request brings it, finds the same position.
            Assert.Equal(i, Data.IndexOf(MunicipalityCode.Parse(new string(Data.Municipalities[i].Code.Value))));
        }

        Assert.Equal(-1, Data.IndexOf(default));
        Assert.Null(Data.FindMunicipality(default));
    }
}
