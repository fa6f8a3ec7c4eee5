using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// A parameter value as a calculation used it: which scheme and parameter, the value, its status, sources, formula
/// and reasoning, the dates it is in force, and whether a scenario override supplied it. Part of every result's
/// explanation. Two resolutions of the same dated value are equal: they share its citation list.
/// </summary>
/// <param name="SchemeId">The scheme.</param>
/// <param name="Name">The parameter.</param>
/// <param name="Value">The value.</param>
/// <param name="Status">How sure the value is; an override is always an assumption.</param>
/// <param name="Citations">The sources in the register, the main one first; empty for an override.</param>
/// <param name="Formula">The formula of a computed value, or <c>null</c>.</param>
/// <param name="Reasoning">The reasoning (for an override: its reason), or <c>null</c>.</param>
/// <param name="From">The first day in force.</param>
/// <param name="Until">The last day in force, or <c>null</c>.</param>
/// <param name="IsOverride">Whether a scenario override supplied the value.</param>
public sealed record ResolvedParameter(string SchemeId, string Name, ParameterValue Value, ParameterStatus Status, IReadOnlyList<Citation> Citations, string? Formula, string? Reasoning, LocalDate From, LocalDate? Until, bool IsOverride)
{
    /// <summary>The main source (the first citation), or <c>null</c> for an override.</summary>
    public Citation? MainCitation => Citations.Count == 0 ? null : Citations[0];
}
