namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>What kind of document a source is (Dutch: <em>soort bron</em>); it decides which statuses it can carry.</summary>
public enum SourceKind
{
    /// <summary>An official publication or government page: a regulation, the Staatscourant, an official budget, DUO, CBS (<c>primair</c>).</summary>
    Primary,

    /// <summary>A secondary source: Divosa, VNG, Schulinck, trade press, a gemeente's report (<c>secundair</c>).</summary>
    Secondary,

    /// <summary>The research report on the onderwijsroute (2023) that started this product (<c>onderzoeksrapport</c>); secondary.</summary>
    ResearchReport,

    /// <summary>This product's own modelling choices; carries only assumptions, whose reasoning stands beside the value (<c>eigen</c>).</summary>
    Own,
}
