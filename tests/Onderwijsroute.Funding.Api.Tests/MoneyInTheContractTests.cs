using System.Text.Json.Nodes;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>
/// Money in the contract is exact (issue 18, item 1): every amount is <c>type: number, format: decimal</c>, so generated
/// clients read it as a decimal, never a double. The schema generator knows an amount by its C# type (<c>decimal</c>),
/// with counts and fractions named as exceptions (<c>ExactNumbersSchemaFilter</c>); this test holds the document to
/// that from the other side, by the JSON names: every number without the format must be named as a fraction, no count
/// or fraction may carry the format, and every property whose name says money must carry it.
/// </summary>
public sealed class MoneyInTheContractTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>How the names of fractions and coefficients begin: exact, but no money (no format).</summary>
    private static readonly string[] FractionBeginnings = ["aandeel", "dekkingsgraad", "variatiecoefficient", "indexatie", "niveauverdeling"];

    /// <summary>How names of counts, years, months and other whole numbers end (unless they begin as money: bedragPerJaar).</summary>
    private static readonly string[] CountEndings =
    [
        "aantal", "jaar", "maand", "gewicht", "inwoners", "instroom", "actief", "trekkingen", "gedaan", "seed", "versie", "pagina", "grootte",
        "totaal", "procent", "percentage", "proefbereik", "indeling", "mettekort", "status",
    ];

    /// <summary>How names of counts begin: trajectenUitBudget counts trajecten, not euros.</summary>
    private static readonly string[] CountBeginnings = ["aantal", "trajecten", "personen", "gemeenten", "banden"];

    /// <summary>Parts of names that say the property is an amount in euros.</summary>
    private static readonly string[] MoneyWords =
    [
        "bedrag", "budget", "voorschot", "vastgesteld", "verschil", "definitief", "prijs", "kosten", "inkomsten", "tekort", "uitgaven",
        "ontvangen", "betaald", "begin", "eind", "laagste", "regulier", "toeslag", "spukonderwijsroute", "spukcentrumgemeenten", "nietverdeeld",
        "gemeentefonds", "budgetpot", "gecontracteerd", "maatwerk", "afwijking",
    ];

    [Fact]
    public async Task EveryNumberIsAnExactDecimal_UnlessItIsANamedFraction()
    {
        var wrong = (await NumbersAsync())
            .Where(n => n.Schema["type"]?.GetValue<string>() == "number")
            .Where(n => !(n.Schema["format"]?.GetValue<string>() == "decimal" || IsFractionName(n.Name)))
            .Select(n => $"{n.Where}: type number, format {n.Schema["format"]?.GetValue<string>() ?? "(none)"}")
            .ToArray();

        Assert.True(wrong.Length == 0, "Amounts must be 'type: number, format: decimal' (a fraction: name it in ExactNumbersSchemaFilter, and begin its name as FractionBeginnings here say):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task NoCountOrFraction_IsMarkedAsMoney()
    {
        var wrong = (await NumbersAsync())
            .Where(n => n.Schema["format"]?.GetValue<string>() == "decimal")
            .Where(n => IsFractionName(n.Name) || IsCountName(n.Name))
            .Select(n => n.Where)
            .ToArray();

        Assert.True(wrong.Length == 0, "Counts and fractions are no money (no format: decimal):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task EveryPropertyNamedAsMoney_IsAnExactDecimal_AndNothingIsADouble()
    {
        var numbers = await NumbersAsync();

        var notDecimal = numbers
            .Where(n => !IsFractionName(n.Name) && !IsCountName(n.Name) && IsMoneyName(n.Name))
            .Where(n => !(n.Schema["type"]?.GetValue<string>() == "number" && n.Schema["format"]?.GetValue<string>() == "decimal"))
            .Select(n => $"{n.Where}: type {n.Schema["type"]}, format {n.Schema["format"]}");
        var floating = numbers
            .Where(n => n.Schema["format"]?.GetValue<string>() is "double" or "float")
            .Select(n => $"{n.Where}: format {n.Schema["format"]}");
        var wrong = notDecimal.Concat(floating).ToArray();

        Assert.True(wrong.Length == 0, "Money must be 'type: number, format: decimal':\n" + string.Join("\n", wrong));
        Assert.Contains(numbers, n => n.Where == "SettlementLineResponse.verschil");
    }

    private static bool IsFractionName(string name) => FractionBeginnings.Any(b => name.StartsWith(b, StringComparison.OrdinalIgnoreCase));

    private static bool IsCountName(string name) =>
        (CountEndings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !name.StartsWith("bedrag", StringComparison.OrdinalIgnoreCase))
        || CountBeginnings.Any(b => name.StartsWith(b, StringComparison.OrdinalIgnoreCase));

    private static bool IsMoneyName(string name) => MoneyWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every number or integer of a schema property in the document (its items and dictionary values included), with where it is.</summary>
    private async Task<IReadOnlyList<(string Where, string Name, JsonObject Schema)>> NumbersAsync()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/v1/openapi.json"))!;
        var found = new List<(string, string, JsonObject)>();
        foreach (var (schemaName, schema) in document["components"]!["schemas"]!.AsObject())
        {
            foreach (var (property, value) in schema!["properties"]?.AsObject() ?? [])
            {
                Collect($"{schemaName}.{property}", property, value!.AsObject(), found);
            }
        }

        return found;
    }

    private static void Collect(string where, string name, JsonObject schema, List<(string, string, JsonObject)> found)
    {
        if (schema["type"]?.GetValue<string>() is "number" or "integer")
        {
            found.Add((where, name, schema));
        }

        if (schema["items"] is JsonObject items)
        {
            Collect(where + "[]", name, items, found);
        }

        if (schema["additionalProperties"] is JsonObject values)
        {
            Collect(where + "{}", name, values, found);
        }
    }
}
