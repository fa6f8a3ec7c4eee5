namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>
/// A value's pointer into the register (Dutch: <em>bronvermelding</em>): a source and, where it matters, the place in
/// it (e.g. <c>art. 4 lid 1</c>). Written in a file as the id, a space and the place: <c>stcrt-2022-30604 art. 4 lid 1</c>.
/// </summary>
public sealed class Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="source">The source.</param>
    /// <param name="location">The place in the source, or <c>null</c>.</param>
    public Citation(Source source, string? location)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim();
    }

    /// <summary>The source.</summary>
    public Source Source { get; }

    /// <summary>The place in the source, or <c>null</c>.</summary>
    public string? Location { get; }

    /// <summary>The written form: the source id, and the place after a space.</summary>
    public override string ToString() => Location is null ? Source.Id : Source.Id + " " + Location;

    /// <summary>Splits a written citation into its source id and place (the id runs to the first space).</summary>
    /// <param name="text">The written citation.</param>
    /// <returns>The id and the place, or <c>null</c> for the place.</returns>
    public static (string Id, string? Location) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        return space < 0 ? (trimmed, null) : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }
}
