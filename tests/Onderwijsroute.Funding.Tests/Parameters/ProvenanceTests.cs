using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Tests.Parameters;

/// <summary>The provenance the audit of November 2026 found (issue 13): each value with the status and source the sources support.</summary>
public class ProvenanceTests
{
    private static readonly ParameterCatalogue Catalogue = ParameterCatalogue.Embedded;

    private static ResolvedParameter Value(string scheme, string name, int year) => Catalogue.ForYear(scheme, name, year);

    private static string Ids(ResolvedParameter value) => string.Join(", ", value.Citations.Select(c => c.ToString()));

    [Theory]
    [InlineData(2022)]
    [InlineData(2023)]
    public void TheTwentyFourMillion_IsConfirmedByArticle4Lid1(int year)
    {
        var budget = Value(SchemeIds.CentralMunicipalityGrant, ParameterNames.Budget, year);

        Assert.Equal((ParameterStatus.Confirmed, "stcrt-2022-30604 art. 4 lid 1"), (budget.Status, Ids(budget)));
    }

    [Fact]
    public void TheTwentyFourMillionsRecipients_AreSecondary_FromTheNews_AsTheReadTextOfArticle2BreaksOff()
    {
        // Article 1 defines a centrumgemeente; the text of article 2 that was read stops at "aan het college…".
        var recipients = Value(SchemeIds.CentralMunicipalityGrant, ParameterNames.Recipients, 2022);

        Assert.Equal((ParameterStatus.Secondary, "blikopnieuws-2021-11, stcrt-2022-30604 art. 1"), (recipients.Status, Ids(recipients)));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void TheThirtyFiveMillionsYearAmounts_AreSecondary_FromSchulinck(int year)
    {
        var budget = Value(SchemeIds.EducationRouteGrant, ParameterNames.Budget, year);

        Assert.Equal((ParameterStatus.Secondary, "schulinck-prinsjesdag-inburgering"), (budget.Status, Ids(budget)));
    }

    [Fact]
    public void TheThirtyFiveMillionFor2023_IsDerivedWithItsFormula()
    {
        var budget = Value(SchemeIds.EducationRouteGrant, ParameterNames.Budget, 2023);

        Assert.Equal(ParameterStatus.Derived, budget.Status);
        Assert.Equal("[totaalbudget@2023] - [budget@2024] - [budget@2025]", budget.Formula);
        Assert.Contains("onderzoeksrapport-2023 §1.2", Ids(budget), StringComparison.Ordinal);
        var total = Value(SchemeIds.EducationRouteGrant, ParameterNames.TotalBudget, 2023);
        Assert.Equal((35_000_000m, ParameterStatus.Secondary, "onderzoeksrapport-2023 §1.2"), (total.Value.AsMoney().Cents / 100m, total.Status, Ids(total)));
    }

    [Theory]
    [InlineData(2022, "onderzoeksrapport-2023 §1.2")]
    [InlineData(2023, "onderzoeksrapport-2023 §1.2")]
    [InlineData(2024, "onderzoeksrapport-2023 §1.2")]
    public void TheGemeentefondsAdditions_AreSecondary_FromTheResearchReport(int year, string sources)
    {
        var budget = Value(SchemeIds.MunicipalFundAddition, ParameterNames.Budget, year);

        Assert.Equal((ParameterStatus.Secondary, sources), (budget.Status, Ids(budget)));
    }

    [Fact]
    public void TheGuaranteedPrice_IsSecondary_AtLeastAndOnAverage_WithItsPriceLevelASeparateAssumption()
    {
        var price = Value(SchemeIds.EducationRouteSupplement, ParameterNames.GuaranteedPrice, 2026);
        var priceLevel = Value(SchemeIds.EducationRouteSupplement, ParameterNames.Indexation, 2026);

        Assert.Equal((ParameterStatus.Secondary, "divosa-va-financien-algemeen, divosa-extra-middelen-2026"), (price.Status, Ids(price)));
        Assert.Contains("ten minste, gemiddeld", price.Reasoning, StringComparison.Ordinal);
        Assert.Equal(ParameterStatus.Assumption, priceLevel.Status);
        Assert.Contains("Prijspeil", priceLevel.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSupplementsTotal_IsConfirmedByTheGovernment()
    {
        var total = Value(SchemeIds.EducationRouteSupplement, "totaalbudget", 2026);

        Assert.Equal((ParameterStatus.Confirmed, "rijksoverheid-2023-09-19"), (total.Status, Ids(total)));
    }

    [Fact]
    public void TheRegularAmountIn2025_IsSecondary_FromDivosa()
    {
        var amount = Value(SchemeIds.RegularGrant, ParameterNames.LearningRouteComponent, 2025);

        Assert.Equal((ParameterStatus.Secondary, "divosa-va-kosten-voorzieningen vraag 1"), (amount.Status, Ids(amount)));
    }

    [Fact]
    public void TheDefaultTrajectPrice_RestsOnAefViaMboToday_NotOnTheResearchReport()
    {
        var price = Value(SchemeIds.ForecastAssumptions, "trajectprijs", 2022);
        var priceLevel = Value(SchemeIds.ForecastAssumptions, "kostenindexatie", 2022);

        Assert.Equal(ParameterStatus.Assumption, price.Status);
        Assert.Equal("mbo-today-extra-budget", price.MainCitation!.Source.Id);
        Assert.DoesNotContain(price.Citations, c => c.Source.Id == "onderzoeksrapport-2023");
        Assert.Contains("2021 of eerder", price.Reasoning, StringComparison.Ordinal);
        Assert.Equal((ParameterStatus.Assumption, "mbo-today-extra-budget"), (priceLevel.Status, Ids(priceLevel)));
    }

    [Theory]
    [InlineData(2022, 18900, ParameterStatus.Confirmed)]
    [InlineData(2023, 22200, ParameterStatus.Confirmed)]
    [InlineData(2024, 22200, ParameterStatus.Assumption)]
    public void TheAsylumCohorts_AreCbsFiguresUntil2023_AndAnAssumptionAfter(int year, long cohort, ParameterStatus status)
    {
        var value = Value(SchemeIds.ForecastAssumptions, "asielcohort", year);

        Assert.Equal((cohort, status, "cbs-swi"), (value.Value.AsInteger(), value.Status, value.MainCitation!.Source.Id));
    }

    [Theory]
    [InlineData("laag", 2022, 1328)]
    [InlineData("centraal", 2022, 1992)]
    [InlineData("centraal", 2024, 2340)]
    [InlineData("hoog", 2030, 3120)]
    public void TheNationalInflow_IsDerivedFromTheCohortsStepByStep(string variant, int year, long inflow)
    {
        var value = Value(SchemeIds.ForecastAssumptions, "instroom-onderwijsroute-" + variant, year);
        var share = Value(SchemeIds.ForecastAssumptions, "aandeel-onderwijsroute-" + variant, year);

        Assert.Equal((inflow, ParameterStatus.Derived), (value.Value.AsInteger(), value.Status));
        Assert.Contains("[asielcohort@", value.Formula, StringComparison.Ordinal);
        // The share with a brede intake is derived for cohort 2022 only; that later cohorts share it is assumed.
        Assert.Equal(year == 2022 ? ParameterStatus.Derived : ParameterStatus.Assumption, Value(SchemeIds.ForecastAssumptions, "aandeel-brede-intake", year).Status);
        Assert.Equal((ParameterStatus.Assumption, "onderzoeksrapport-2023 §3.1"), (share.Status, share.MainCitation!.ToString()));
    }

    [Fact]
    public void TheCentralShare_IsCheckedAgainstTheEarlySnapshotOf800()
    {
        // The ~800 PIPs of 31 January 2023 against the 6.7k broad intakes of cohort 2022 by the end of 2022 (CBS).
        var share = Value(SchemeIds.ForecastAssumptions, "aandeel-onderwijsroute-centraal", 2022).Value.AsFraction();

        Assert.Equal(804m, 6700 * share);
        Assert.Contains("800", Value(SchemeIds.ForecastAssumptions, "aandeel-onderwijsroute-centraal", 2022).Reasoning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reiskosten-per-maand-gecontracteerd")]
    [InlineData("reiskosten-per-maand-maatwerk")]
    public void TravelCosts_AreZeroByDefault_WithTheEightCentrumgemeentenBesideThem(string name)
    {
        var travel = Value(SchemeIds.ForecastAssumptions, name, 2024);

        Assert.Equal((0m, "onderzoeksrapport-2023 §3.3.3"), (travel.Value.Number, travel.MainCitation!.ToString()));
        Assert.Contains("acht centrumgemeenten", travel.Reasoning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("verrekeningsmaand")]
    [InlineData("voorschottermijnen-per-jaar")]
    public void ThePaymentTiming_CitesDuo(string name)
    {
        Assert.Equal("duo-spuk Voorlopige en definitieve uitkering", Ids(Value(SchemeIds.ForecastAssumptions, name, 2024)));
    }

    [Fact]
    public void TheCountingPeriod_IsConfirmedByDuo()
    {
        var years = Value(SchemeIds.RegularGrant, ParameterNames.CountingYears, 2024);

        Assert.Equal((ParameterStatus.Confirmed, "duo-spuk Berekening"), (years.Status, Ids(years)));
    }
}
