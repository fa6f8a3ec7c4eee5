namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// A forecast (Dutch: <em>prognose</em>): per year the costs, income, expected settlement, cash position and gap of a
/// gemeente or region, the sensitivity to the national count, and the parameter version that produced it.
/// </summary>
public sealed class ForecastResult
{
    internal ForecastResult(ForecastScope scope, string name, IReadOnlyList<MunicipalityCode> municipalities, IReadOnlyList<ForecastYear> years, IReadOnlyList<YearSensitivity> sensitivity, Explanation explanation)
    {
        Scope = scope;
        Name = name;
        Municipalities = municipalities;
        Years = years;
        Sensitivity = sensitivity;
        Explanation = explanation;
    }

    /// <summary>The gemeente or region.</summary>
    public ForecastScope Scope { get; }

    /// <summary>The gemeente's or region's name.</summary>
    public string Name { get; }

    /// <summary>The gemeenten the forecast adds up (one, or the region's members), ordered by code.</summary>
    public IReadOnlyList<MunicipalityCode> Municipalities { get; }

    /// <summary>The years, in order.</summary>
    public IReadOnlyList<ForecastYear> Years { get; }

    /// <summary>The sensitivity of every forecast year the capped SPUK onderwijsroute covers.</summary>
    public IReadOnlyList<YearSensitivity> Sensitivity { get; }

    /// <summary>The parameter version and overrides, and the notes that hold for the whole forecast.</summary>
    public Explanation Explanation { get; }

    /// <summary>
    /// The gemeenten's starting points the forecast assumed because the request gave no participants (docs/domain.md
    /// §4.8); empty when it gave trajecten or starters.
    /// </summary>
    public IReadOnlyList<StartingPoint> StartingPoints { get; init; } = [];

    /// <summary>
    /// Onderwijsroute participants housed before the supplement's first year who start in it or later: the cohort that
    /// falls between the schemes (docs/domain.md §3.5).
    /// </summary>
    public long BetweenSchemes { get; init; }

    /// <summary>The parameter version that produced the forecast.</summary>
    public string ParameterVersion => Explanation.ParameterVersion;
}
