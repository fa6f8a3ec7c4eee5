using System.Text.RegularExpressions;

namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>
/// One document that parameter values rest on (Dutch: <em>bron</em>), kept once in the register with what was quoted
/// from it. Immutable; created by the register's loader.
/// </summary>
/// <param name="Id">The stable id values cite, kebab-case, e.g. <c>stcrt-2022-30604</c>.</param>
/// <param name="Title">The title.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Date">The publication date as precise as known (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>), or <c>null</c> when unknown.</param>
/// <param name="Consulted">When the source was last read (<c>yyyy-MM</c> or a full date), or <c>null</c>.</param>
/// <param name="Url">Where it can be read, or <c>null</c> when no address is known.</param>
/// <param name="Kind">Primary, secondary, the research report, or this product's own choices.</param>
/// <param name="Passages">The passages quoted as found.</param>
/// <param name="Note">A remark, e.g. what could not be read or found; or <c>null</c>.</param>
public sealed partial record Source(string Id, string Title, string Publisher, string? Date, string? Consulted, string? Url, SourceKind Kind, IReadOnlyList<SourcePassage> Passages, string? Note)
{
    /// <summary>Whether a text has the form of a source id: kebab-case, lower-case letters and digits.</summary>
    /// <param name="id">The text.</param>
    public static bool IsWellFormedId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
