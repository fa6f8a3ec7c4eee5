namespace Onderwijsroute.Funding.Scenarios;

/// <summary>An override of one scheme parameter over a date range (<c>overschrijvingen[i]</c>).</summary>
public sealed record ScenarioOverrideInput
{
    /// <summary>The scheme id (<c>regeling</c>).</summary>
    public string? SchemeId { get; init; }

    /// <summary>The parameter name (<c>parameter</c>).</summary>
    public string? ParameterName { get; init; }

    /// <summary>The first day in force (<c>van</c>).</summary>
    public NodaTime.LocalDate? From { get; init; }

    /// <summary>The last day in force, or <c>null</c> for open-ended (<c>totEnMet</c>).</summary>
    public NodaTime.LocalDate? Until { get; init; }

    /// <summary>The written value, invariant culture (<c>waarde</c>).</summary>
    public string? Value { get; init; }

    /// <summary>Why (<c>reden</c>); shown as the value's source.</summary>
    public string? Reason { get; init; }
}
