using NodaTime;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// A parameter value with the dates it is in force, its source and its status (Dutch: <em>gedateerde waarde</em>).
/// </summary>
public sealed class DatedValue
{
    /// <summary>Creates a dated value.</summary>
    /// <param name="from">The first day it is in force.</param>
    /// <param name="until">The last day it is in force, or <c>null</c> when open-ended.</param>
    /// <param name="value">The value.</param>
    /// <param name="status">Confirmed or assumption.</param>
    /// <param name="reference">The legal or documentary source; required.</param>
    /// <exception cref="ArgumentException">The reference is empty or <paramref name="until"/> precedes <paramref name="from"/>.</exception>
    public DatedValue(LocalDate from, LocalDate? until, ParameterValue value, ParameterStatus status, string reference)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (until < from)
        {
            throw new ArgumentException($"The value ends ({until}) before it starts ({from}).", nameof(until));
        }

        From = from;
        Until = until;
        Value = value;
        Status = status;
        Reference = reference;
    }

    /// <summary>The first day in force.</summary>
    public LocalDate From { get; }

    /// <summary>The last day in force, or <c>null</c> when open-ended.</summary>
    public LocalDate? Until { get; }

    /// <summary>The value.</summary>
    public ParameterValue Value { get; }

    /// <summary>Confirmed or assumption.</summary>
    public ParameterStatus Status { get; }

    /// <summary>The legal or documentary source.</summary>
    public string Reference { get; }

    /// <summary>Whether the value is in force on a date.</summary>
    /// <param name="date">The date.</param>
    public bool Covers(LocalDate date) => date >= From && (Until is null || date <= Until);

    /// <summary>Whether two values are in force on a common day.</summary>
    /// <param name="other">The other value.</param>
    public bool Overlaps(DatedValue other) =>
        (Until is null || other.From <= Until) && (other.Until is null || From <= other.Until);
}
