namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// A scenario's replacement of a parameter value over a date range (Dutch: <em>overschrijving</em>).
/// An override is an assumption by definition and is reported as such in every explanation.
/// </summary>
public sealed class ParameterOverride
{
    /// <summary>Creates an override.</summary>
    /// <param name="schemeId">The scheme, e.g. <c>spuk-onderwijsroute-2023</c>.</param>
    /// <param name="parameterName">The parameter, e.g. <c>budget</c>.</param>
    /// <param name="from">The first day the override is in force.</param>
    /// <param name="until">The last day, or <c>null</c> for open-ended.</param>
    /// <param name="value">The written value, invariant culture (e.g. <c>15000000</c>, <c>0.02</c>, <c>inwoners</c>).</param>
    /// <param name="reason">Why; shown as the value's reference.</param>
    public ParameterOverride(string schemeId, string parameterName, LocalDate from, LocalDate? until, string value, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(parameterName);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (until < from)
        {
            throw new ArgumentException($"The override ends ({until}) before it starts ({from}).", nameof(until));
        }

        SchemeId = schemeId;
        ParameterName = parameterName;
        From = from;
        Until = until;
        Value = value;
        Reason = string.IsNullOrWhiteSpace(reason) ? "scenario" : reason;
    }

    /// <summary>Overrides a parameter for one whole budget year.</summary>
    /// <param name="schemeId">The scheme.</param>
    /// <param name="parameterName">The parameter.</param>
    /// <param name="year">The year.</param>
    /// <param name="value">The written value.</param>
    /// <param name="reason">Why.</param>
    public static ParameterOverride ForYear(string schemeId, string parameterName, int year, string value, string reason) =>
        new(schemeId, parameterName, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), value, reason);

    /// <summary>The scheme.</summary>
    public string SchemeId { get; }

    /// <summary>The parameter.</summary>
    public string ParameterName { get; }

    /// <summary>The first day in force.</summary>
    public LocalDate From { get; }

    /// <summary>The last day in force, or <c>null</c>.</summary>
    public LocalDate? Until { get; }

    /// <summary>The written value.</summary>
    public string Value { get; }

    /// <summary>Why the value is overridden.</summary>
    public string Reason { get; }
}
