using NodaTime.Text;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Tests.Cases;

/// <summary>Runs a rule case of soort <c>prognose</c>: builds the forecast request from the case and checks the figures it names.</summary>
internal static class ForecastCaseRunner
{
    public static void Check(RuleCase ruleCase, ParameterCatalogue catalogue)
    {
        var scope = ruleCase.Arbeidsmarktregio is { } region
            ? ForecastScope.ForRegion(RegionCode.Parse(region))
            : ForecastScope.ForMunicipality(MunicipalityCode.Parse(ruleCase.Gemeente!));
        var request = new ForecastRequest(scope, ruleCase.VanJaar, ruleCase.TotEnMetJaar)
        {
            Trajectories = (ruleCase.Trajecten ?? []).Select(Trajectory).ToArray(),
            Starters = (ruleCase.Starters ?? []).Select(s => new StarterGroup(s.Jaar, Level(s.Niveau), s.Aantal)
            {
                ContractForm = Form(s.Contractvorm),
                Price = s.Prijs is { } p ? Money.FromEuros(p) : null,
                HousingYear = s.Huisvestingsjaar,
                Municipality = s.Gemeente is { } g ? MunicipalityCode.Parse(g) : null,
            }).ToArray(),
            BridgingCosts = (ruleCase.Overbruggingskosten ?? []).Select(b => new YearAmount(b.Key, Money.FromEuros(b.Value))).ToArray(),
            NationalCounts = (ruleCase.LandelijkAantal ?? []).Select(n => new YearCount(n.Key, n.Value)).ToArray(),
            MunicipalFundShare = ruleCase.AandeelGemeentefonds,
        };

        if (RuleCaseTests.Accepted(ruleCase, ForecastCalculator.Calculate(catalogue, ReferenceDataSet.Embedded, request)) is not { } result)
        {
            return;
        }

        Assert.Equal(ruleCase.TotEnMetJaar - ruleCase.VanJaar + 1, result.Years.Count);
        if (ruleCase.Verwacht.TussenDeRegelingen is { } between)
        {
            Assert.Equal(between, result.BetweenSchemes);
        }

        foreach (var (year, expected) in ruleCase.Verwacht.Jaren!)
        {
            var actual = result.Years.Single(y => y.Year == year);
            foreach (var (key, amount) in expected.Kosten ?? [])
            {
                Assert.True(amount == actual.Costs.Single(c => c.Key == key).Amount.Euros, $"{year} kosten {key}: expected {amount}, got {actual.Costs.Single(c => c.Key == key).Amount.Euros}");
            }

            foreach (var (key, amount) in expected.Inkomsten ?? [])
            {
                Assert.True(amount == actual.Income.Single(c => c.Key == key).Amount.Euros, $"{year} inkomsten {key}: expected {amount}, got {actual.Income.Single(c => c.Key == key).Amount.Euros}");
            }

            Equal(expected.Voorgefinancierd, actual.Prefinanced.Amount, year, "voorgefinancierd");
            Equal(expected.Tekort, actual.Shortfall, year, "tekort");
            Equal(expected.CumulatiefTekort, actual.CumulativeShortfall, year, "cumulatiefTekort");
            if (expected.Dekkingsgraad is { } ratio)
            {
                Assert.Equal(ratio, actual.CoverageRatio);
            }

            if (expected.GeenDekkingsgraad)
            {
                Assert.Null(actual.CoverageRatio);
            }

            if (expected.Verrekening is { } settlement)
            {
                var s = actual.Settlement!;
                Equal(settlement.GetValueOrDefault("voorschot", s.Advance.Euros), s.Advance, year, "voorschot");
                Equal(settlement.GetValueOrDefault("definitief", s.Definitive.Euros), s.Definitive, year, "definitief");
                Equal(settlement.GetValueOrDefault("verschil", s.Difference.Euros), s.Difference, year, "verschil");
                if (settlement.TryGetValue("eigenAantal", out var own))
                {
                    Assert.Equal((long)own, s.OwnCount);
                }

                Equal(settlement.GetValueOrDefault("bedragPerPersoon", s.AmountPerPerson.Euros), s.AmountPerPerson, year, "bedragPerPersoon");
            }

            if (expected.Kas is { } cash)
            {
                Equal(cash.GetValueOrDefault("laagste", actual.Cash.Lowest.Euros), actual.Cash.Lowest, year, "kas laagste");
                Equal(cash.GetValueOrDefault("eind", actual.Cash.Closing.Euros), actual.Cash.Closing, year, "kas eind");
                if (cash.TryGetValue("laagsteMaand", out var month))
                {
                    Assert.Equal((int)month, actual.Cash.LowestMonth);
                }
            }

            foreach (var (month, figures) in expected.KasMaanden ?? [])
            {
                var m = actual.Cash.Months[month - 1];
                Equal(figures.GetValueOrDefault("ontvangen", m.Received.Euros), m.Received, year, $"kas maand {month} ontvangen");
                Equal(figures.GetValueOrDefault("verrekening", m.Settlement.Euros), m.Settlement, year, $"kas maand {month} verrekening");
                Equal(figures.GetValueOrDefault("betaald", m.Paid.Euros), m.Paid, year, $"kas maand {month} betaald");
                Equal(figures.GetValueOrDefault("stand", m.Closing.Euros), m.Closing, year, $"kas maand {month} stand");
            }
        }
    }

    private static Trajectory Trajectory(RuleCaseTrajectory t) =>
        new(LocalDatePattern.Iso.Parse(t.Start).Value, Level(t.Niveau), Form(t.Contractvorm))
        {
            Price = t.Prijs is { } p ? Money.FromEuros(p) : null,
            DurationMonths = t.LooptijdMaanden,
            BirthDate = t.Geboortedatum is { } b ? LocalDatePattern.Iso.Parse(b).Value : null,
            HousingYear = t.Huisvestingsjaar,
            Municipality = t.Gemeente is { } g ? MunicipalityCode.Parse(g) : null,
        };

    private static EducationLevel Level(string text) =>
        EducationLevelNames.TryParse(text, out var level) ? level : throw new InvalidDataException($"Unknown niveau '{text}'.");

    private static ContractForm Form(string text) =>
        ContractFormNames.TryParse(text, out var form) ? form : throw new InvalidDataException($"Unknown contractvorm '{text}'.");

    private static void Equal(decimal? expected, Money actual, int year, string what)
    {
        if (expected is { } euros)
        {
            Assert.True(euros == actual.Euros, $"{year} {what}: expected {euros}, got {actual.Euros}");
        }
    }
}
