namespace Onderwijsroute.Funding.Forecasts;

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
