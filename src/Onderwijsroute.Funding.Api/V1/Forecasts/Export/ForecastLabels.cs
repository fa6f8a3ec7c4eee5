namespace Onderwijsroute.Funding.Api.V1.Forecasts.Export;

/// <summary>
/// The Dutch words a person reads for the views (<c>soort</c>) and items (<c>post</c>) of a forecast's export; the
/// ids stay beside them in the CSV's <c>Code</c> column, for programs. An income item is a regeling: its name.
/// </summary>
internal static class ForecastLabels
{
    private static readonly Dictionary<string, string> Views = new(StringComparer.Ordinal)
    {
        [ForecastRows.Result] = "Resultaat",
        [ForecastRows.Costs] = "Kosten",
        [ForecastRows.Income] = "Inkomsten",
        [ForecastRows.Settlement] = "Verrekening",
        [ForecastRows.Cash] = "Kaspositie",
    };

    private static readonly Dictionary<string, string> Items = new(StringComparer.Ordinal)
    {
        ["tekort"] = "Tekort",
        ["dekkingsgraad"] = "Dekkingsgraad",
        ["cumulatiefTekort"] = "Cumulatief tekort",
        ["voorgefinancierd"] = "Voorgefinancierd (jonger dan 18)",
        ["trajecten"] = "Trajecten",
        ["b1Entree"] = "B1-entree",
        ["reiskosten"] = "Reiskosten",
        ["overbrugging"] = "Overbruggingsaanbod",
        ["totaal"] = "Totaal",
        ["voorschot"] = "Voorschot",
        ["definitief"] = "Verwacht definitief bedrag",
        ["verschil"] = "Verschil (nabetaling of terugvordering)",
        ["eigenAantal"] = "Eigen aantal op 31 december",
        ["landelijkAantal"] = "Landelijk aantal",
        ["begin"] = "Stand op 1 januari",
        ["ontvangen"] = "Ontvangen",
        ["betaald"] = "Betaald",
        ["laagste"] = "Laagste stand aan een maandeinde",
        ["laagsteMaand"] = "Maand van de laagste stand",
        ["eind"] = "Stand op 31 december",
    };

    /// <summary>The sheet name and CSV word of a view.</summary>
    /// <param name="view">A view of <see cref="ForecastRows.Views"/>.</param>
    public static string View(string view) => Views.GetValueOrDefault(view, view);

    /// <summary>The words of an item: a regeling's name for income, else the item's label (its id when it has none).</summary>
    /// <param name="view">The view.</param>
    /// <param name="item">The item.</param>
    /// <param name="catalogue">The regelingen, for the names of income items.</param>
    public static string Item(string view, string item, ParameterCatalogue catalogue) =>
        view == ForecastRows.Income && catalogue.FindScheme(item) is { } scheme ? scheme.Name : Items.GetValueOrDefault(item, item);
}
