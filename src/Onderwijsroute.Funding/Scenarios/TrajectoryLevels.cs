namespace Onderwijsroute.Funding.Scenarios;

/// <summary>The seven onderwijsroute levels (Dutch: <em>niveaus</em>) and the level group whose regional offer decides the contract form.</summary>
public static class TrajectoryLevels
{
    /// <summary>The levels in their fixed order, as the API writes them.</summary>
    public static IReadOnlyList<string> All { get; } = ["mbo2", "mbo3", "mbo4", "hbo-mei", "hbo-ntg", "wo-mei", "wo-ntg"];

    /// <summary>The position of a level in <see cref="All"/>, or -1.</summary>
    /// <param name="level">The level, e.g. <c>hbo-ntg</c>.</param>
    public static int IndexOf(string level)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], level, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The offer group (<c>mbo</c>, <c>hbo</c>, <c>wo</c>) of the level at a position.</summary>
    internal static string GroupOf(int index) => All[index].StartsWith("mbo", StringComparison.Ordinal) ? "mbo" : All[index].StartsWith("hbo", StringComparison.Ordinal) ? "hbo" : "wo";
}
