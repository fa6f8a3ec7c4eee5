using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// A parameter value with the dates it is in force, its status, the sources it rests on and, as the status asks, its
/// formula or reasoning (Dutch: <em>gedateerde waarde</em>).
/// </summary>
public sealed class DatedValue
{
    /// <summary>Creates a dated value.</summary>
    /// <param name="from">The first day it is in force.</param>
    /// <param name="until">The last day it is in force, or <c>null</c> when open-ended.</param>
    /// <param name="value">The value.</param>
    /// <param name="status">How sure the value is.</param>
    /// <param name="citations">The sources in the register it rests on, the main one first; at least one.</param>
    /// <param name="formula">How an <c>afgeleid</c> value (or an assumption computed under a stated assumption) is computed; else <c>null</c>.</param>
    /// <param name="reasoning">Why: required for an assumption, optional otherwise.</param>
    /// <exception cref="ArgumentException">The status is not supported by the sources, formula or reasoning (docs/domain.md §2), or <paramref name="until"/> precedes <paramref name="from"/>.</exception>
    public DatedValue(LocalDate from, LocalDate? until, ParameterValue value, ParameterStatus status, IReadOnlyList<Citation> citations, string? formula, string? reasoning)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(citations);
        if (until < from)
        {
            throw new ArgumentException($"The value ends ({until}) before it starts ({from}).", nameof(until));
        }

        formula = string.IsNullOrWhiteSpace(formula) ? null : formula.Trim();
        reasoning = string.IsNullOrWhiteSpace(reasoning) ? null : reasoning.Trim();
        if (ProvenanceRules.Problem(status, citations, formula, reasoning) is { } problem)
        {
            throw new ArgumentException(problem, nameof(status));
        }

        From = from;
        Until = until;
        Value = value;
        Status = status;
        Citations = citations;
        Formula = formula;
        Reasoning = reasoning;
    }

    /// <summary>The first day in force.</summary>
    public LocalDate From { get; }

    /// <summary>The last day in force, or <c>null</c> when open-ended.</summary>
    public LocalDate? Until { get; }

    /// <summary>The value.</summary>
    public ParameterValue Value { get; }

    /// <summary>How sure the value is.</summary>
    public ParameterStatus Status { get; }

    /// <summary>The sources it rests on, the main one first.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The main source: the first citation.</summary>
    public Citation MainCitation => Citations[0];

    /// <summary>The formula that gives the value, or <c>null</c>.</summary>
    public string? Formula { get; }

    /// <summary>The reasoning, or <c>null</c>.</summary>
    public string? Reasoning { get; }

    /// <summary>Whether the value is in force on a date.</summary>
    /// <param name="date">The date.</param>
    public bool Covers(LocalDate date) => date >= From && (Until is null || date <= Until);

    /// <summary>Whether two values are in force on a common day.</summary>
    /// <param name="other">The other value.</param>
    public bool Overlaps(DatedValue other) =>
        (Until is null || other.From <= Until) && (other.Until is null || From <= other.Until);
}
