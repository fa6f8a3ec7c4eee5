namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>A passage quoted from a source as found (Dutch: <em>passage</em>); a value cites a source only for what such a passage says.</summary>
/// <param name="Location">Where in the source, e.g. <c>art. 4 lid 1</c> or <c>§1.2</c>; <c>null</c> when the source is short.</param>
/// <param name="Text">The quoted text; an ellipsis marks what was left out.</param>
public sealed record SourcePassage(string? Location, string Text);
