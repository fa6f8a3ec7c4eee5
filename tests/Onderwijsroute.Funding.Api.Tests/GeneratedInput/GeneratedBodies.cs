using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using Onderwijsroute.Funding.Forecasts;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Api.Tests.GeneratedInput;

/// <summary>A parameter the service lists, with its unit and one value it holds (for text parameters).</summary>
internal sealed record ListedParameter(string Scheme, string Name, string Unit, string Example);

/// <summary>A regeling the service lists, with the years it covers and whether the endpoint under test calculates it.</summary>
internal sealed record ListedScheme(string Id, int[] Years, bool Calculated);

/// <summary>
/// CsCheck generators of valid-shaped request bodies: real codes and a few wrong ones, years around every boundary,
/// counts and amounts from 0 to the contract's maxima; the combinations are what the rules must answer.
/// </summary>
internal static class GeneratedBodies
{
    private static readonly ReferenceDataSet Data = ReferenceDataSet.Embedded;

    public static readonly string[] MunicipalityCodes = [.. Data.Municipalities.Select(m => m.Code.Value)];

    public static readonly string[] RegionCodes = [.. Data.Regions.Select(r => r.Code.Value)];

    public static readonly Gen<int> Year = Gen.Int[2020, 2032];

    public static readonly Gen<string> Municipality = Gen.Frequency(
        (20, Gen.OneOfConst(MunicipalityCodes)),
        (1, Gen.OneOfConst("GM0000", "GM9999", "GM0001", "gm0014")));

    public static readonly Gen<string> Region = Gen.Frequency(
        (20, Gen.OneOfConst(RegionCodes)),
        (1, Gen.OneOfConst("AM00", "AM36", "AM99")));

    /// <summary>Counts: mostly small, with 0, the contract's maximum and a value past it.</summary>
    public static readonly Gen<decimal> Count = Gen.Frequency(
        (6, Gen.Int[0, 50].Select(i => (decimal)i)),
        (2, Gen.Int[0, 1_000_000].Select(i => (decimal)i)),
        (2, Gen.OneOfConst(0m, 1m, 999_999m, 1_000_000m, 1_000_001m, -1m)));

    /// <summary>Amounts in euros: cents, 0, up to the contract's maximum and past it.</summary>
    public static readonly Gen<decimal> Amount = Gen.Frequency(
        (5, Gen.Long[0, 2_000_000_000].Select(c => c / 100m)),
        (2, Gen.Long[0, 10_000_000_000].Select(e => (decimal)e)),
        (2, Gen.OneOfConst(0m, 0.01m, 1m, 10_000_000_000m, 10_000_000_000.01m, -1m)));

    public static readonly Gen<decimal> Price = Gen.Frequency(
        (5, Gen.Int[1, 60_000].Select(p => (decimal)p)),
        (2, Gen.OneOfConst(0m, 0.01m, 1m, 999_999.99m, 1_000_000m, 1_000_001m, -5m)));

    public static readonly Gen<decimal> Fraction = Gen.Frequency(
        (5, Gen.Int[0, 100].Select(p => p / 100m)),
        (1, Gen.OneOfConst(-0.01m, 1.01m, 2m)));

    public static Gen<string> Date(int fromYear, int toYear) =>
        Gen.Select(Gen.Int[fromYear, toYear], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>An object whose optional properties are each left out a third of the time.</summary>
    public static Gen<JsonObject> Object(params (string Name, Gen<JsonNode?> Value, bool Required)[] properties)
    {
        var pairs = Gen.Const(Array.Empty<(string Name, JsonNode? Value)>());
        foreach (var (name, value, required) in properties)
        {
            var kept = Gen.Select(Gen.Int[0, 2], value, (keep, v) => (name, required || keep > 0 ? v : null));
            pairs = Gen.Select(pairs, kept, (list, pair) => (((string, JsonNode?)[])[.. list, pair]));
        }

        return pairs.Select(list =>
        {
            var json = new JsonObject();
            foreach (var (name, value) in list)
            {
                if (value is not null)
                {
                    json[name] = value;
                }
            }

            return json;
        });
    }

    public static Gen<JsonNode?> Node(this Gen<int> gen) => gen.Select(v => (JsonNode?)JsonValue.Create(v));

    public static Gen<JsonNode?> Node(this Gen<decimal> gen) => gen.Select(v => (JsonNode?)JsonValue.Create(v));

    public static Gen<JsonNode?> Node(this Gen<string> gen) => gen.Select(v => (JsonNode?)JsonValue.Create(v));

    public static Gen<JsonNode?> Node(this Gen<bool> gen) => gen.Select(v => (JsonNode?)JsonValue.Create(v));

    public static Gen<JsonNode?> Node(this Gen<JsonObject> gen) => gen.Select(v => (JsonNode?)v);

    public static Gen<JsonNode?> ListOf(this Gen<JsonObject> item, int min, int max) =>
        item.Array[min, max].Select(items => (JsonNode?)new JsonArray([.. items]));

    /// <summary>Mostly the good value, once in about thirty the wrong one.</summary>
    public static Gen<T> Mostly<T>(Gen<T> good, Gen<T> wrong) => Gen.Frequency((30, good), (1, wrong));

    /// <summary>Distinct items of a list, each kept with a chance of one in <paramref name="oneIn"/>.</summary>
    public static Gen<T[]> Subset<T>(IReadOnlyList<T> items, int oneIn) =>
        Gen.Int[0, oneIn - 1].Array[items.Count].Select(keep => items.Where((_, i) => keep[i] == 0).ToArray());

    /// <summary>A forecast calculation body (<c>POST /v1/prognoseberekeningen</c>), overrides drawn from the listed parameters.</summary>
    public static Gen<string> Forecast(IReadOnlyList<ListedParameter> parameters)
    {
        var scope = Gen.Frequency(
            (3, Municipality.Select(c => (Field: "gemeenteCode", Code: c, Members: new[] { c }))),
            (1, Region.Select(c => (Field: "arbeidsmarktregioCode", Code: c, Members: Data.Regions.FirstOrDefault(r => r.Code.Value == c)?.Members.Select(m => m.Value).ToArray() ?? ["GM0014"]))));
        var years = Mostly(
            Gen.Int[2022, 2030].SelectMany(first => Gen.Int[first, Math.Min(first + 5, 2030)].Select(last => (First: first, Last: last))),
            Gen.Select(Year, Year, (first, last) => (First: first, Last: last)));
        return Gen.Select(scope, years).SelectMany((scope, span) => Object(
                ("trajecten", Trajectory(span.Last, scope.Members).ListOf(0, 6), false),
                ("starters", Starter(span.First, span.Last, scope.Members).ListOf(0, 5), false),
                ("overbruggingskosten", YearItems(span.First, span.Last, "bedrag", Amount.Node()), false),
                ("landelijkAantal", YearItems(span.First, span.Last, "aantal", Mostly(Gen.Int[1, 5000].Select(c => (decimal)c), Count).Node()), false),
                ("aandeelGemeentefonds", Fraction.Node(), false),
                ("overschrijvingen", Override(parameters, span.First, span.Last).ListOf(0, 2), false)).Select(body =>
            {
                body[scope.Field] = scope.Code;
                body["vanJaar"] = span.First;
                body["totEnMetJaar"] = span.Last;
                return body.ToJsonString();
            }));
    }

    private static readonly Gen<string> Level = Mostly(Gen.OneOfConst([.. EducationLevelNames.All]), Gen.Const("mbo5"));

    private static readonly Gen<string> Form = Gen.OneOfConst("gecontracteerd", "maatwerk");

    private static Gen<JsonObject> Trajectory(int last, string[] members) =>
        Mostly(Gen.Int[2021, Math.Max(2021, last)], Year).SelectMany(year => Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], (m, d) => new DateOnly(year, m, d))).SelectMany(start => Object(
            ("startdatum", Gen.Const(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Node(), true),
            ("niveau", Level.Node(), true),
            ("contractvorm", Form.Node(), false),
            ("prijs", Price.Node(), false),
            ("looptijdMaanden", Mostly(Gen.Int[1, 120], Gen.OneOfConst(0, 121)).Node(), false),
            ("geboortedatum", Mostly(Date(1950, start.Year - 16), Date(start.Year, 2032)).Node(), false),
            ("huisvestingsjaar", Mostly(Gen.Int[start.Year - 10, start.Year], Gen.Int[2010, 2032]).Node(), Required: true),
            ("gemeenteCode", Mostly(Gen.OneOfConst(members), Municipality).Node(), false)));

    // The start years the rules allow (2022 up to the year after the forecast); a forecast that ends before 2022 (an
    // invalid span, which the generator also makes) has none, so its starters take 2022.
    private static Gen<JsonObject> Starter(int first, int last, string[] members) =>
        Mostly(Gen.Int[Math.Max(first, 2022), Math.Max(Math.Max(first, 2022), Math.Max(first, last) + 1)], Gen.Int[2020, 2033]).SelectMany(year => Object(
            ("jaar", Gen.Const(year).Node(), true),
            ("niveau", Level.Node(), true),
            ("aantal", Count.Node(), true),
            ("contractvorm", Form.Node(), false),
            ("prijs", Price.Node(), false),
            ("looptijdMaanden", Mostly(Gen.Int[1, 120], Gen.OneOfConst(0, 121)).Node(), false),
            ("huisvestingsjaar", Mostly(Gen.Int[Math.Min(Math.Max(year - 10, 2012), Math.Min(year, last)), Math.Min(year, last)], Gen.Int[2012, 2032]).Node(), Required: year > last),
            ("gemeenteCode", Mostly(Gen.OneOfConst(members), Municipality).Node(), false)));

    /// <summary>Items for distinct years of the forecast (rarely one outside it), each with a value.</summary>
    private static Gen<JsonNode?> YearItems(int first, int last, string field, Gen<JsonNode?> value) =>
        Mostly(Subset([.. Enumerable.Range(first, Math.Max(0, last - first + 1))], 2), Year.Array[1, 2]).SelectMany(years =>
            value.Array[years.Length].Select(values => (JsonNode?)new JsonArray([.. years.Select((y, i) => (JsonNode)new JsonObject { ["jaar"] = y, [field] = values[i] })])));

    private static Gen<JsonObject> Override(IReadOnlyList<ListedParameter> parameters, int first, int last) =>
        Gen.OneOfConst([.. parameters]).SelectMany(p => Gen.Select(Mostly(Gen.Int[first, Math.Max(first, last)], Year), OverrideValue(p), (year, value) =>
            new JsonObject { ["regeling"] = p.Scheme, ["parameter"] = p.Name, ["jaar"] = year, ["waarde"] = value }));

    /// <summary>An advance calculation body (<c>POST /v1/voorschotberekeningen</c>) for one of the listed regelingen, mostly in a year it covers.</summary>
    public static Gen<string> Advance(IReadOnlyList<ListedScheme> schemes) =>
        SchemeOf(schemes).SelectMany(scheme => Object(
            ("regeling", Gen.Const(scheme.Id).Node(), true),
            ("jaar", SchemeYear(scheme).Node(), true),
            ("budget", Budget.Node(), false),
            ("peildatumInwoners", Date(2019, 2033).Node(), false),
            ("peildatumTerugvallen", Gen.Bool.Node(), false),
            ("gewichten", Gen.Frequency((3, Gen.Const((JsonNode?)null)), (1, Mostly(Subset(RegionCodes, 2), Gen.Const<string[]>(["AM01", "AM01", "AM99"])).SelectMany(codes =>
                Mostly(Gen.Int[0, 100_000].Select(w => (decimal)w), Count).Array[codes.Length].Select(weights => (JsonNode?)new JsonArray([.. codes.Select((c, i) => (JsonNode)new JsonObject { ["arbeidsmarktregioCode"] = c, ["gewicht"] = weights[i] })]))))), false))
            .Select(o => o.ToJsonString()));

    /// <summary>
    /// A settlement calculation body (<c>POST /v1/vaststellingsberekeningen</c>): some gemeenten, or all 342 with counts
    /// up to the maximum, with or without advances.
    /// </summary>
    public static Gen<string> Settlement(IReadOnlyList<ListedScheme> schemes)
    {
        var counts = Gen.Int[0, 100].Select(i => (decimal)i);
        var amounts = Gen.Long[0, 100_000_000].Select(c => c / 100m);
        return SchemeOf(schemes).SelectMany(scheme => Object(
            ("regeling", Gen.Const(scheme.Id).Node(), true),
            ("jaar", SchemeYear(scheme).Node(), true),
            ("budget", Budget.Node(), false),
            ("aantallen", Mostly(PerMunicipality("aantal", Gen.Frequency((3, counts), (1, Gen.Const(1_000_000m)))), PerMunicipality("aantal", Count)), true),
            ("voorschotten", Mostly(PerMunicipality("bedrag", Gen.Frequency((3, amounts), (1, Gen.Const(10_000_000_000m)))), PerMunicipality("bedrag", Amount)), false),
            ("peildatumInwoners", Date(2019, 2033).Node(), false),
            ("peildatumTerugvallen", Gen.Bool.Node(), false)).Select(o => o.ToJsonString()));
    }

    /// <summary>A budget in whole euros up to €100 million, rarely any amount.</summary>
    private static readonly Gen<decimal> Budget = Mostly(Gen.Long[0, 100_000_000].Select(e => (decimal)e), Amount);

    /// <summary>Mostly a regeling the endpoint calculates, now and then any listed one.</summary>
    private static Gen<ListedScheme> SchemeOf(IReadOnlyList<ListedScheme> schemes) =>
        Gen.Frequency((4, Gen.OneOfConst([.. schemes.Where(s => s.Calculated)])), (1, Gen.OneOfConst([.. schemes])));

    private static Gen<int> SchemeYear(ListedScheme scheme) => Mostly(Gen.OneOfConst([.. scheme.Years]), Year);

    /// <summary>A list per gemeente: none, some, or all 342 (rarely with a wrong code).</summary>
    private static Gen<JsonNode?> PerMunicipality(string field, Gen<decimal> value) =>
        Gen.Frequency((1, Gen.Const(Array.Empty<string>())), (3, Subset(MunicipalityCodes, 20)), (2, Gen.Const(MunicipalityCodes)), (1, Mostly(Subset(MunicipalityCodes, 50), Gen.Const<string[]>(["GM0014", "GM9999"]))))
            .SelectMany(codes => value.Array[codes.Length].Select(values => (JsonNode?)new JsonArray([.. codes.Select((c, i) => (JsonNode)new JsonObject { ["gemeenteCode"] = c, [field] = values[i] })])));

    /// <summary>A value for a parameter of its unit: ordinary ones, zero, negatives and extremes.</summary>
    private static Gen<JsonNode?> OverrideValue(ListedParameter p) => p.Unit switch
    {
        "euro" => Gen.OneOfConst("0", "1", "0.01", "17000", "-1", "1000000000", "99999999999999").Node(),
        "fractie" => Gen.OneOfConst("0", "0.02", "0.5", "1", "-0.5", "1.5", "3").Node(),
        "aantal" => Gen.OneOfConst("0", "1", "2", "5", "7", "12", "13", "-1", "100", "1000000").Node(),
        "jaren" => Gen.OneOfConst("0", "1", "3", "-1", "18", "40", "200").Node(),
        _ => Gen.Frequency((4, Gen.Const(p.Example)), (1, Gen.Const("onbekend"))).Node(),
    };
}
