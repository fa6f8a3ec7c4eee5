namespace Onderwijsroute.Funding.Parameters;

/// <summary>The Dutch words for <see cref="ParameterUnit"/>.</summary>
public static class ParameterUnitNames
{
    private static readonly Dictionary<string, ParameterUnit> ByName = new(StringComparer.Ordinal)
    {
        ["euro"] = ParameterUnit.Euro,
        ["aantal"] = ParameterUnit.Count,
        ["jaren"] = ParameterUnit.Years,
        ["fractie"] = ParameterUnit.Fraction,
        ["tekst"] = ParameterUnit.Text,
    };

    /// <summary>The Dutch word for a unit.</summary>
    /// <param name="unit">The unit.</param>
    public static string ToDutch(this ParameterUnit unit) => ByName.First(p => p.Value == unit).Key;

    /// <summary>Parses the Dutch word.</summary>
    /// <param name="text">The word.</param>
    /// <param name="unit">The unit when the result is <c>true</c>.</param>
    /// <returns>Whether the word is a known unit.</returns>
    public static bool TryParse(string? text, out ParameterUnit unit) => ByName.TryGetValue(text ?? string.Empty, out unit);
}
