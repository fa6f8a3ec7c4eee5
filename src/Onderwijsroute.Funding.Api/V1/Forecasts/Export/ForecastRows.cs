using System.Text.Json;

namespace Onderwijsroute.Funding.Api.V1.Forecasts.Export;

/// <summary>
/// Flattens a forecast response (as JSON, so stored and fresh forecasts export alike) into rows: one per year, view
/// and item. The views, in order, are the sheets of the workbook.
/// </summary>
internal static class ForecastRows
{
    public const string Costs = "kosten";
    public const string Income = "inkomsten";
    public const string Result = "resultaat";
    public const string Settlement = "verrekening";
    public const string Cash = "kaspositie";

    public static IReadOnlyList<string> Views { get; } = [Result, Costs, Income, Settlement, Cash];

    /// <summary>The items that are not euros (formatted as a ratio or a plain number).</summary>
    public static bool IsRatio(string post) => post == "dekkingsgraad";

    public static bool IsPlainNumber(string post) => post is "laagsteMaand" or "eigenAantal" or "landelijkAantal";

    public static List<ForecastRow> From(JsonElement forecast)
    {
        var rows = new List<ForecastRow>();
        foreach (var year in forecast.GetProperty("jaren").EnumerateArray())
        {
            var y = year.GetProperty("jaar").GetInt32();
            rows.Add(new(y, Result, "tekort", year.GetProperty("tekort").GetDecimal()));
            rows.Add(new(y, Result, "dekkingsgraad", Nullable(year.GetProperty("dekkingsgraad"))));
            rows.Add(new(y, Result, "cumulatiefTekort", year.GetProperty("cumulatiefTekort").GetDecimal()));
            rows.Add(new(y, Result, "voorgefinancierd", year.GetProperty("voorgefinancierd").GetProperty("bedrag").GetDecimal()));
            foreach (var cost in year.GetProperty("kosten").EnumerateArray())
            {
                rows.Add(new(y, Costs, cost.GetProperty("post").GetString()!, cost.GetProperty("bedrag").GetDecimal()));
            }

            rows.Add(new(y, Costs, "totaal", year.GetProperty("totaalKosten").GetDecimal()));
            foreach (var income in year.GetProperty("inkomsten").EnumerateArray())
            {
                rows.Add(new(y, Income, income.GetProperty("post").GetString()!, income.GetProperty("bedrag").GetDecimal()));
            }

            rows.Add(new(y, Income, "totaal", year.GetProperty("totaalInkomsten").GetDecimal()));
            if (year.GetProperty("verwachteVerrekening") is { ValueKind: JsonValueKind.Object } settlement)
            {
                foreach (var name in new[] { "voorschot", "definitief", "verschil", "eigenAantal", "landelijkAantal" })
                {
                    rows.Add(new(y, Settlement, name, settlement.GetProperty(name).GetDecimal()));
                }
            }

            var cash = year.GetProperty("kasPositie");
            foreach (var name in new[] { "begin", "ontvangen", "betaald", "laagste", "laagsteMaand", "eind" })
            {
                rows.Add(new(y, Cash, name, cash.GetProperty(name).GetDecimal()));
            }
        }

        return rows;
    }

    private static decimal? Nullable(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
}
