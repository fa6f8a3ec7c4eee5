using NodaTime;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// A parameter value as a calculation used it: which scheme and parameter, the value, its status and source, the
/// dates it is in force, and whether a scenario override supplied it. Part of every result's explanation.
/// </summary>
/// <param name="SchemeId">The scheme.</param>
/// <param name="Name">The parameter.</param>
/// <param name="Value">The value.</param>
/// <param name="Status">Confirmed or assumption.</param>
/// <param name="Reference">The source (for an override: its reason).</param>
/// <param name="From">The first day in force.</param>
/// <param name="Until">The last day in force, or <c>null</c>.</param>
/// <param name="IsOverride">Whether a scenario override supplied the value.</param>
public sealed record ResolvedParameter(string SchemeId, string Name, ParameterValue Value, ParameterStatus Status, string Reference, LocalDate From, LocalDate? Until, bool IsOverride);
