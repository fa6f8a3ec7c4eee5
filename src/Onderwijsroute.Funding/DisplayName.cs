using System.Globalization;

namespace Onderwijsroute.Funding;

/// <summary>
/// A name that other people read in lists, on the page, on a terminal and in spreadsheets (a scenario's, a stored
/// forecast's, an API key's). It holds no control character (escape, line break and tab rewrite a terminal or a CSV
/// line) and no invisible format character (a right-to-left override, U+202E, can make a name read
/// backwards from where it stands; a zero-width space makes two different names look the same).
/// </summary>
public static class DisplayName
{
    /// <summary>What is wrong with a name that has such a character, in Dutch.</summary>
    public const string HiddenCharactersProblem =
        "Een naam bevat geen stuurtekens of onzichtbare tekens (zoals escape, regeleinde, tab, een richtingsteken of een spatie zonder breedte).";

    /// <summary>Whether a character of the name is a control or an invisible format character.</summary>
    /// <param name="name">The name.</param>
    public static bool HasHiddenCharacters(string name) => name.Any(IsHidden);

    /// <summary>The name with each such character written as <c>\u202e</c>, for a terminal (a name stored before they were refused).</summary>
    /// <param name="name">The name.</param>
    public static string Printable(string name) =>
        HasHiddenCharacters(name) ? string.Concat(name.Select(c => IsHidden(c) ? $"\\u{(int)c:x4}" : c.ToString())) : name;

    private static bool IsHidden(char c) => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
