namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// A forecast (Dutch: <em>prognose</em>): per year the costs, income, expected settlement, cash position and gap of a
/// gemeente or region, the sensitivity to the national count, and the parameter version that produced it.
/// </summary>
/// <param name="Scope">The gemeente or region.</param>
/// <param name="Name">The gemeente's or region's name.</param>
/// <param name="Municipalities">The gemeenten the forecast adds up (one, or the region's members), ordered by code.</param>
/// <param name="Years">The years, in order.</param>
/// <param name="Sensitivity">The sensitivity of every forecast year the capped SPUK onderwijsroute covers.</param>
/// <param name="Explanation">The parameter version and overrides, and the notes that hold for the whole forecast.</param>
public sealed record ForecastResult(ForecastScope Scope, string Name, IReadOnlyList<MunicipalityCode> Municipalities, IReadOnlyList<ForecastYear> Years, IReadOnlyList<YearSensitivity> Sensitivity, Explanation Explanation)
{
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
