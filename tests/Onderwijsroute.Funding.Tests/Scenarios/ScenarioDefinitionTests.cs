using Onderwijsroute.Funding.Scenarios;
using Onderwijsroute.Funding.Scenarios.Documents;

namespace Onderwijsroute.Funding.Tests.Scenarios;

public class ScenarioDefinitionTests
{
    [Fact]
    public void Create_ValidInput_KeepsNameYearsAndRecordsOverridesInTheParameterVersion()
    {
        var plain = ScenarioInputs.Define(ScenarioInputs.Adopted(2026, 2027));
        var overridden = ScenarioInputs.Define(ScenarioInputs.Adopted(2026, 2027) with
        {
            Overschrijvingen = [new ScenarioOverrideDocument { Regeling = "spuk-onderwijsroute-toeslag-2026", Parameter = "gegarandeerde-trajectprijs", Van = new DateOnly(2026, 1, 1), Waarde = "18000", Reden = "test" }],
        });

        Assert.Equal("vastgesteld-beleid", plain.Name);
        Assert.Equal((2026, 2027), (plain.FirstYear, plain.LastYear));
        Assert.NotEqual(plain.Catalogue.Version, overridden.Catalogue.Version);
        Assert.NotEqual(plain.InputHash, overridden.InputHash);
        Assert.Single(overridden.Catalogue.Overrides);
    }

    [Fact]
    public void Create_SameInputTwice_GivesTheSameInputHash()
    {
        Assert.Equal(ScenarioInputs.Define(ScenarioInputs.Adopted()).InputHash, ScenarioInputs.Define(ScenarioInputs.Adopted()).InputHash);
    }

    [Fact]
    public void Create_ManyWrongFields_NamesEveryOne()
    {
        var valid = ScenarioInputs.Adopted(2026, 2027);
        var input = valid with
        {
            Naam = " ",
            Jaren = valid.Jaren! with { TotEnMet = 2031 },
            Overschrijvingen =
            [
                new ScenarioOverrideDocument { Regeling = "spuk-regulier", Parameter = "bestaat-niet", Van = new DateOnly(2026, 1, 1), Waarde = "1" },
                new ScenarioOverrideDocument { Regeling = "spuk-onderwijsroute-toeslag-2026", Parameter = "gegarandeerde-trajectprijs", Van = new DateOnly(2026, 1, 1), Waarde = "-5" },
            ],
            Deelnemers = new ParticipantsDocument { PerJaar = new Dictionary<int, long> { [2026] = -1, [2020] = 5 }, Status = "misschien", Bron = "test" },
            Spreiding = valid.Spreiding! with { Methode = "willekeurig" },
            Prijzen = valid.Prijzen! with
            {
                DuurMaanden = 0,
                PerNiveau = valid.Prijzen.PerNiveau!.Where(p => p.Key != "wo-ntg").Append(new("mbo5", new LevelPriceDocument { Gecontracteerd = 1, Maatwerk = 1 })).ToDictionary(),
                Niveauverdeling = new Dictionary<string, decimal> { ["mbo2"] = 0.5m, ["mbo3"] = 0.12345m },
            },
            Budgetpot = new PotDocument { Verdeelsleutel = "loting", BedragPerJaar = new Dictionary<int, decimal> { [2026] = 10.5m }, Status = "aanname", Bron = "" },
        };

        var fields = Refusal.PathsOf(ScenarioInputs.Create(input)).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "naam", "jaren.totEnMet", "overschrijvingen[0].parameter", "overschrijvingen[1].waarde", "deelnemers.status", "deelnemers.perJaar.2026",
                "spreiding.methode", "prijzen.duurMaanden", "prijzen.perNiveau.wo-ntg", "prijzen.perNiveau.mbo5", "prijzen.niveauverdeling.mbo3", "prijzen.niveauverdeling",
                "budgetpot.verdeelsleutel", "budgetpot.bron",
            },
            fields);

        // 2020 lies outside the scenario's years only once there are valid years: jaren.totEnMet is the root cause.
        Assert.DoesNotContain("deelnemers.perJaar.2020", fields);
    }

    [Fact]
    public void Create_CountsForAnUnknownGemeente_NamesTheCode()
    {
        var input = ScenarioInputs.WithCounts(2026, [new long[342]]) with
        {
            Spreiding = new SpreadDocument { Methode = "aantallen", Status = "aanname", Bron = "t", Aantallen = new Dictionary<int, Dictionary<string, long>> { [2026] = new Dictionary<string, long> { ["GM9999"] = 1, ["GM0363"] = -2 } } },
        };

        Assert.Equal(["spreiding.aantallen.2026.GM9999", "spreiding.aantallen.2026.GM0363"], Refusal.PathsOf(ScenarioInputs.Create(input)));
    }

    [Fact]
    public void Create_OverlappingOverrides_NamesTheSecond()
    {
        var from = new DateOnly(2026, 1, 1);
        var input = ScenarioInputs.Adopted(2026, 2027) with
        {
            Overschrijvingen =
            [
                new ScenarioOverrideDocument { Regeling = "spuk-regulier", Parameter = "leerroutecomponent-per-asielstatushouder", Van = from, Waarde = "12000" },
                new ScenarioOverrideDocument { Regeling = "spuk-regulier", Parameter = "leerroutecomponent-per-asielstatushouder", Van = from, Waarde = "13000" },
            ],
        };

        Assert.Equal("overschrijvingen[1]", Refusal.PathOf(ScenarioInputs.Create(input)));
    }

    [Fact]
    public void Create_OverrideAndLevelPriceWrittenAsNull_AreRefusedFieldByField()
    {
        // JSON may hold null where an object belongs; the rules read the document itself, so they meet the null.
        var valid = ScenarioInputs.Adopted(2026, 2027);
        var input = valid with
        {
            Overschrijvingen = [null],
            Prijzen = valid.Prijzen! with { PerNiveau = new Dictionary<string, LevelPriceDocument?>(valid.Prijzen.PerNiveau!) { ["mbo2"] = null } },
        };

        Assert.Equal(
            ["overschrijvingen[0].regeling", "overschrijvingen[0].parameter", "overschrijvingen[0].waarde", "overschrijvingen[0].van", "prijzen.perNiveau.mbo2.gecontracteerd", "prijzen.perNiveau.mbo2.maatwerk"],
            Refusal.PathsOf(ScenarioInputs.Create(input)));
    }

    public static TheoryData<string, string, string> OverridesARunCannotUse => new()
    {
        { "spuk-regulier", "telperiode-jaren", "4" },
        { "spuk-onderwijsroute-2023", "budget", "15900000.50" },
        { "spuk-onderwijsroute-2023", "verdeelsleutel-vaststelling", "gewichten" },
        { "spuk-onderwijsroute-2023", "telling-einde-jaar", "iedereen" },
        { "prognose-aannames", "projectievariant", "midden" },
        { "prognose-aannames", "aandeel-start-volgend-jaar", "1.5" },
        { "prognose-aannames", "startmaand-instroom", "13" },
    };

    [Fact]
    public void Create_CountsOfAYearWrittenAsNull_AreRefusedNamingTheYear()
    {
        var valid = ScenarioInputs.WithCounts(2026, [[1], [2]]);
        var input = valid with { Spreiding = valid.Spreiding! with { Aantallen = new Dictionary<int, Dictionary<string, long>> { [2026] = null!, [2027] = new Dictionary<string, long> { ["GM0014"] = 2 } } } };

        Assert.Equal("spreiding.aantallen.2026", Refusal.PathOf(ScenarioInputs.Create(input)));
    }

    [Fact]
    public void Create_PotCountingOtherwiseThanTheThirtyFiveMillionInTheSameYear_IsRefusedNamingTheCount()
    {
        var input = ScenarioInputs.Adopted(2024, 2025) with
        {
            Budgetpot = new PotDocument { Verdeelsleutel = ScenarioKeys.YearEndCount, Telling = "lopend-traject", BedragPerJaar = new Dictionary<int, decimal> { [2025] = 1000 }, Status = "aanname", Bron = "test" },
        };

        Assert.Equal("budgetpot.telling", Refusal.PathOf(ScenarioInputs.Create(input)));
    }

    [Theory]
    [MemberData(nameof(OverridesARunCannotUse))]
    public void Create_WithAnOverrideARunCannotUse_IsRefusedNamingTheOverrides(string scheme, string parameter, string value)
    {
        var outcome = ScenarioInputs.Create(ScenarioInputs.Adopted(2024, 2027) with
        {
            Overschrijvingen = [new ScenarioOverrideDocument { Regeling = scheme, Parameter = parameter, Van = new DateOnly(2024, 1, 1), Waarde = value, Reden = "test" }],
        });

        Assert.Equal("overschrijvingen", Refusal.PathsOf(outcome).Distinct().Single());
    }
}
