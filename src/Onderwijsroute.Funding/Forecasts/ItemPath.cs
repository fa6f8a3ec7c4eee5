namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The JSON path of an item in a request list (<c>trajecten[3]</c>), made into text only when a rule names a field of it:
/// a valid request of 500 trajecten builds no paths at all.
/// </summary>
internal readonly record struct ItemPath(string List, int Index)
{
    /// <summary>The path of one of the item's fields, e.g. <c>trajecten[3].prijs</c>.</summary>
    public string Of(string field) => string.Create(CultureInfo.InvariantCulture, $"{List}[{Index}].{field}");
}
