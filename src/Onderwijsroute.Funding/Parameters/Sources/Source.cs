using System.Text.RegularExpressions;

namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>
/// One document that parameter values rest on (Dutch: <em>bron</em>), kept once in the register with what was quoted
/// from it. Immutable; created by the register's loader.
/// </summary>
public sealed partial class Source
{
    internal Source(string id, string title, string publisher, string? date, string? consulted, string? url, SourceKind kind, IReadOnlyList<SourcePassage> passages, string? note)
    {
        Id = id;
        Title = title;
        Publisher = publisher;
        Date = date;
        Consulted = consulted;
        Url = url;
        Kind = kind;
        Passages = passages;
        Note = note;
    }

    /// <summary>The stable id values cite, kebab-case, e.g. <c>stcrt-2022-30604</c>.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>Who published it.</summary>
    public string Publisher { get; }

    /// <summary>The publication date as precise as known (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>), or <c>null</c> when unknown.</summary>
    public string? Date { get; }

    /// <summary>When the source was last read (<c>yyyy-MM</c> or a full date), or <c>null</c>.</summary>
    public string? Consulted { get; }

    /// <summary>Where it can be read, or <c>null</c> when no address is known.</summary>
    public string? Url { get; }

    /// <summary>Primary, secondary, the research report, or this product's own choices.</summary>
    public SourceKind Kind { get; }

    /// <summary>The passages quoted as found.</summary>
    public IReadOnlyList<SourcePassage> Passages { get; }

    /// <summary>A remark, e.g. what could not be read or found; or <c>null</c>.</summary>
    public string? Note { get; }

    /// <summary>Whether a text has the form of a source id: kebab-case, lower-case letters and digits.</summary>
    /// <param name="id">The text.</param>
    public static bool IsWellFormedId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
