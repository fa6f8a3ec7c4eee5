namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// The level a participant is prepared for (Dutch: <em>niveau</em>): the seven onderwijsroute levels, plus the
/// B1-Entree route, which is no onderwijsroute (a B1-route variant towards an Entree course) but is bought alongside it.
/// </summary>
public enum EducationLevel
{
    /// <summary>mbo level 2 (<c>mbo2</c>).</summary>
    Mbo2,

    /// <summary>mbo level 3 (<c>mbo3</c>).</summary>
    Mbo3,

    /// <summary>mbo level 4 (<c>mbo4</c>).</summary>
    Mbo4,

    /// <summary>hbo, profile MEI (<c>hbo-mei</c>).</summary>
    HboMei,

    /// <summary>hbo, profile NTG (<c>hbo-ntg</c>).</summary>
    HboNtg,

    /// <summary>wo, profile MEI (<c>wo-mei</c>).</summary>
    WoMei,

    /// <summary>wo, profile NTG (<c>wo-ntg</c>).</summary>
    WoNtg,

    /// <summary>The B1-Entree route (<c>b1-entree</c>): not an onderwijsroute, so no onderwijsroute count or supplement.</summary>
    B1Entree,
}

/// <summary>The Dutch words for <see cref="EducationLevel"/>.</summary>
public static class EducationLevelNames
{
    private static readonly string[] Names = ["mbo2", "mbo3", "mbo4", "hbo-mei", "hbo-ntg", "wo-mei", "wo-ntg", "b1-entree"];

    /// <summary>Every word, in enum order.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The Dutch word of a level.</summary>
    /// <param name="level">The level.</param>
    public static string ToDutch(this EducationLevel level) => Names[(int)level];

    /// <summary>Parses a Dutch word.</summary>
    /// <param name="text">The word, e.g. <c>hbo-ntg</c>.</param>
    /// <param name="level">The level when the result is <c>true</c>.</param>
    /// <returns>Whether the word is a level.</returns>
    public static bool TryParse(string? text, out EducationLevel level)
    {
        var index = Array.IndexOf(Names, text);
        level = index < 0 ? default : (EducationLevel)index;
        return index >= 0;
    }

    /// <summary>Whether the level is an onderwijsroute level (everything but B1-Entree).</summary>
    /// <param name="level">The level.</param>
    public static bool IsEducationRoute(this EducationLevel level) => level != EducationLevel.B1Entree;
}
