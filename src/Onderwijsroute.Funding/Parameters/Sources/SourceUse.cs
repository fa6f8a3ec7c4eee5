namespace Onderwijsroute.Funding.Parameters.Sources;

/// <summary>One dated parameter value that cites a source (Dutch: <em>gebruik</em>), as the register's readers show it.</summary>
/// <param name="SchemeId">The scheme (or set of assumptions).</param>
/// <param name="ParameterName">The parameter.</param>
/// <param name="Value">The dated value.</param>
/// <param name="Citation">The citation of the source, with its place.</param>
public sealed record SourceUse(string SchemeId, string ParameterName, DatedValue Value, Citation Citation);
