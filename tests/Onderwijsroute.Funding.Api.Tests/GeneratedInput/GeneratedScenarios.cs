using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace Onderwijsroute.Funding.Api.Tests.GeneratedInput;

/// <summary>
/// Scenario documents made by mutating the ready scenarios (their <c>invoer</c>): years, pot, prices, indexation,
/// start month, duration, participants per year, spread method and key, overrides and uncertainty, each from ordinary
/// values to the contract's bounds and just past them. A mutation is a value, so a failure shrinks to fewer of them.
/// </summary>
internal static class GeneratedScenarios
{
    private static readonly string[] Levels = [.. Scenarios.TrajectoryLevels.All];

    /// <summary>A mutated copy of one of <paramref name="ready"/>, as JSON.</summary>
    public static Gen<string> Document(IReadOnlyList<JsonObject> ready, IReadOnlyList<ListedParameter> parameters) =>
        Gen.Select(Gen.Int[0, ready.Count - 1], Mutation(parameters).Array[0, 5], Gen.Int[0, 999_999], (i, mutations, n) =>
        {
            var document = ready[i].DeepClone().AsObject();
            document["naam"] = "gegenereerd-" + n.ToString(CultureInfo.InvariantCulture);
            foreach (var mutate in mutations)
            {
                mutate.Apply(document);
            }

            return document.ToJsonString();
        });

    /// <summary>One named change to a document (the name shows in a shrunk failure).</summary>
    internal sealed record Change(string Name, Action<JsonObject> Apply)
    {
        public override string ToString() => Name;
    }

    private static Gen<Change> Mutation(IReadOnlyList<ListedParameter> parameters) => Gen.OneOf(
        Years, Pot, Prices, LevelShares, Participants, Spread, Override(parameters), Uncertainty, Guarantee);

    private static int From(JsonObject d) => (int?)d["jaren"]?["van"] ?? 2022;

    private static int To(JsonObject d) => (int?)d["jaren"]?["totEnMet"] ?? 2030;

    private static IEnumerable<int> YearsOf(JsonObject d) => Enumerable.Range(From(d), Math.Clamp(To(d) - From(d) + 1, 0, 12));

    private static JsonObject Statement(JsonObject block)
    {
        block["status"] = "aanname";
        block["bron"] = "gegenereerd";
        return block;
    }

    private static readonly Gen<Change> Years = GeneratedBodies.Mostly(
        Gen.Int[2022, 2030].SelectMany(f => Gen.Int[f, 2030].Select(t => (f, t))),
        Gen.Select(GeneratedBodies.Year, GeneratedBodies.Year, (f, t) => (f, t)))
        .Select(y => new Change($"jaren {y.Item1}-{y.Item2}", d => d["jaren"] = new JsonObject { ["van"] = y.Item1, ["totEnMet"] = y.Item2 }));

    /// <summary>Whole euros up to the €10 billion a pot may hold, now and then cents or past it.</summary>
    private static readonly Gen<decimal> PotAmount = Gen.Frequency(
        (4, Gen.Long[0, 100_000_000].Select(e => (decimal)e)),
        (1, Gen.OneOfConst(0m, 10_000_000_000m, 10_000_000_001m, 0.5m, -1m)));

    private static readonly Gen<Change> Pot = Gen.Select(
        Gen.Frequency((6, Gen.OneOfConst("aantal-einde-jaar", "inwoners")), (1, Gen.OneOfConst("onbekend"))),
        PotAmount.Array[1, 9], Gen.Int[0, 4],
        (key, amounts, drop) => new Change($"budgetpot {key} {string.Join('/', amounts)}", d =>
        {
            if (drop == 0)
            {
                d.Remove("budgetpot");
                return;
            }

            var perYear = new JsonObject();
            foreach (var (year, i) in YearsOf(d).Select((y, i) => (y, i)).Where(p => p.i < amounts.Length))
            {
                perYear[year.ToString(CultureInfo.InvariantCulture)] = amounts[i];
            }

            d["budgetpot"] = Statement(new JsonObject { ["verdeelsleutel"] = key, ["bedragPerJaar"] = perYear });
        }));

    /// <summary>Traject prices up to the €1 million a scenario price may be, and past it.</summary>
    private static readonly Gen<decimal> ScenarioPrice = Gen.Frequency(
        (5, Gen.Int[0, 60_000].Select(p => (decimal)p)),
        (1, Gen.OneOfConst(0m, 0.01m, 1_000_000m, 1_000_000.01m, 10_000_000m, -1m, 0.001m)));

    private static readonly Gen<Change> Prices = Gen.Select(
        Gen.Frequency((4, Gen.Int[2018, 2032]), (1, Gen.OneOfConst(1999, 2000, 2100, 2101))),
        Gen.Frequency((4, Gen.Int[-10, 10].Select(i => i / 100m)), (1, Gen.OneOfConst(-0.5m, -0.49m, 0.5m, 0.99m, 1m))),
        Gen.Frequency((4, Gen.Int[1, 60]), (1, Gen.OneOfConst(0, 61))),
        Gen.Frequency((4, Gen.Int[1, 12].Select(m => (int?)m)), (1, Gen.OneOfConst<int?>(null, 0, 13))),
        ScenarioPrice.Array[14],
        (baseYear, indexation, months, startMonth, prices) => new Change($"prijzen {baseYear} {indexation} {months}m start {startMonth} max {prices.Max()}", d =>
        {
            var block = d["prijzen"]?.AsObject() ?? Statement(new JsonObject());
            block["prijspeiljaar"] = baseYear;
            block["indexatie"] = indexation;
            block["duurMaanden"] = months;
            block["startmaand"] = startMonth;
            block["perNiveau"] = new JsonObject(Levels.Select((l, i) => KeyValuePair.Create(l, (JsonNode?)new JsonObject { ["gecontracteerd"] = prices[2 * i], ["maatwerk"] = prices[(2 * i) + 1] })));
            d["prijzen"] = block;
        }));

    private static readonly Gen<Change> LevelShares = GeneratedBodies.Mostly(
        Gen.Int[0, 6].Select(l => new[] { (Levels[l], 1m) }),
        Gen.Select(Gen.OneOfConst([.. Levels, "mbo5"]), GeneratedBodies.Fraction, (l, f) => new[] { (l, f) }))
        .Select(shares => new Change("niveauverdeling " + string.Join(',', shares), d =>
        {
            if (d["prijzen"] is JsonObject prices)
            {
                prices["niveauverdeling"] = new JsonObject(shares.Select(s => KeyValuePair.Create(s.Item1, (JsonNode?)s.Item2)));
            }
        }));

    /// <summary>National participants per year: none, ordinary, the 10 million bound and past it.</summary>
    private static readonly Gen<long> National = Gen.Frequency(
        (4, Gen.Long[0, 5_000]),
        (1, Gen.OneOfConst(0L, 1L, 1_000_000L, 10_000_000L, 10_000_001L, -1L)));

    private static readonly Gen<Change> Participants = Gen.Select(National.Array[1, 10], Gen.Int[0, 3], (counts, drop) => new Change($"deelnemers {string.Join('/', counts)}", d =>
    {
        if (drop == 0)
        {
            d.Remove("deelnemers");
            return;
        }

        var perYear = new JsonObject();
        foreach (var (year, i) in YearsOf(d).Select((y, i) => (y, i)))
        {
            perYear[year.ToString(CultureInfo.InvariantCulture)] = counts[i % counts.Length];
        }

        d["deelnemers"] = Statement(new JsonObject { ["perJaar"] = perYear });
    }));

    private static readonly Gen<long> PerMunicipality = Gen.Frequency(
        (4, Gen.Long[0, 100]),
        (1, Gen.OneOfConst(0L, 1_000_000L, 1_000_001L, -1L)));

    private static readonly Gen<Change> Spread = Gen.Select(
        Gen.Frequency((3, Gen.OneOfConst("inwoners", "sleutel", "aantallen")), (1, Gen.OneOfConst("onbekend"))),
        GeneratedBodies.Subset(GeneratedBodies.MunicipalityCodes, 30), PerMunicipality.Array[342], Gen.Bool,
        (method, codes, values, all) => new Change($"spreiding {method} {(all ? 342 : codes.Length)} gemeenten max {values.Max()}", d =>
        {
            string[] chosen = all ? GeneratedBodies.MunicipalityCodes : codes.Length > 0 ? codes : ["GM9999"];
            JsonObject Values() => new(chosen.Select((c, i) => KeyValuePair.Create(c, (JsonNode?)values[i % values.Length])));
            var block = Statement(new JsonObject { ["methode"] = method });
            if (method == "sleutel")
            {
                block["sleutel"] = Values();
            }
            else if (method == "aantallen")
            {
                block["aantallen"] = new JsonObject(YearsOf(d).Select(y => KeyValuePair.Create(y.ToString(CultureInfo.InvariantCulture), (JsonNode?)Values())));
                d.Remove("deelnemers");
            }

            d["spreiding"] = block;
        }));

    private static Gen<Change> Override(IReadOnlyList<ListedParameter> parameters) =>
        Gen.OneOfConst([.. parameters]).SelectMany(p => Gen.Select(Gen.Int[2020, 2031], OverrideValue(p), (year, value) => new Change($"overschrijving {p.Scheme}/{p.Name} {year} {value}", d =>
        {
            var list = d["overschrijvingen"] as JsonArray ?? [];
            list.Add(new JsonObject { ["regeling"] = p.Scheme, ["parameter"] = p.Name, ["van"] = $"{year}-01-01", ["waarde"] = value, ["reden"] = "gegenereerd" });
            d["overschrijvingen"] = list;
        })));

    private static Gen<string> OverrideValue(ListedParameter p) => p.Unit switch
    {
        "euro" => Gen.OneOfConst("0", "1", "17000", "-1", "1000000", "1000001", "10000000000", "99999999999999"),
        "fractie" => Gen.OneOfConst("0", "0.02", "0.5", "1", "-0.5", "1.5", "3"),
        "aantal" => Gen.OneOfConst("0", "1", "2", "7", "12", "13", "-1", "1000000", "10000000"),
        "jaren" => Gen.OneOfConst("0", "1", "3", "-1", "18", "200"),
        _ => Gen.Frequency((4, Gen.Const(p.Example)), (1, Gen.Const("onbekend"))),
    };

    private static readonly Gen<decimal> Coefficient = Gen.Frequency(
        (4, Gen.Int[0, 100].Select(c => c / 100m)),
        (1, Gen.OneOfConst(0m, 5m, 5.01m, -0.01m, 50m)));

    private static readonly Gen<Change> Uncertainty = Gen.Select(Coefficient, Coefficient, Gen.Int[0, 4], (participants, price, drop) => new Change($"onzekerheid {participants} {price}", d =>
    {
        if (drop == 0)
        {
            d.Remove("onzekerheid");
            return;
        }

        d["onzekerheid"] = Statement(new JsonObject { ["variatiecoefficientDeelnemers"] = participants, ["variatiecoefficientPrijs"] = price });
    }));

    private static readonly Gen<Change> Guarantee = Gen.Select(ScenarioPrice.Array[7], Gen.Int[0, 3], (amounts, drop) => new Change($"garantieprijs max {amounts.Max()}", d =>
    {
        if (drop == 0)
        {
            d.Remove("garantieprijsPerNiveau");
            return;
        }

        d["garantieprijsPerNiveau"] = Statement(new JsonObject { ["bedragen"] = new JsonObject(Levels.Select((l, i) => KeyValuePair.Create(l, (JsonNode?)amounts[i % amounts.Length]))) });
    }));
}
