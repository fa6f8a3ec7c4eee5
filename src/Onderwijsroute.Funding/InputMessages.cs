namespace Onderwijsroute.Funding;

/// <summary>
/// The Dutch messages of the input rules that more than one calculation applies, each written once: a rule that
/// says the same thing in two places drifts (docs/domain.md §6, "Input errors").
/// </summary>
internal static class InputMessages
{
    public static string UnknownMunicipality(string code, ReferenceDataSet data) =>
        string.Create(CultureInfo.InvariantCulture, $"Onbekende gemeente '{code}' in de gemeentelijke indeling {data.Metadata.IndelingYear}.");

    public static string UnknownRegion(string code) => $"Onbekende arbeidsmarktregio '{code}'.";

    public static string UnknownScheme(string id, ParameterCatalogue catalogue) =>
        $"Onbekende regeling '{id}'; bekend zijn: {string.Join(", ", catalogue.Schemes.Where(s => s.IsFundingScheme).Select(s => s.Id))}.";

    public static string YearOutsideScheme(SchemeDefinition scheme, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"Regeling '{scheme.Id}' geldt voor {scheme.FirstYear} tot en met {scheme.LastYear}, niet voor {year}.");

    /// <param name="subject">What may not be negative, with its article: "Het aantal".</param>
    public static string Negative(string subject) => subject + " mag niet negatief zijn.";

    /// <param name="value">The repeated code or year as written.</param>
    /// <param name="firstPath">Where it stood first, e.g. <c>aantallen[0]</c>.</param>
    /// <param name="what">"elke code" or "elk jaar".</param>
    public static string Duplicate(string value, string firstPath, string what) => $"'{value}' komt al voor in {firstPath}; noem {what} één keer.";

    /// <param name="subject">What must lie in the range, with its article: "Het eerste jaar".</param>
    /// <param name="first">The lowest value allowed.</param>
    /// <param name="last">The highest value allowed.</param>
    public static string Between(string subject, object first, object last) =>
        string.Create(CultureInfo.InvariantCulture, $"{subject} moet tussen {first} en {last} liggen.");

    public static string OutsideYears(int year, int first, int last) =>
        string.Create(CultureInfo.InvariantCulture, $"Het jaar {year} valt buiten de jaren {first}-{last}.");

    public static string BudgetNotWholeUnits(Money budget, Money unit) =>
        string.Create(CultureInfo.InvariantCulture, $"Het budget {budget.Euros} is geen geheel aantal afrondingseenheden van {unit.Euros} euro.");
}
