namespace Onderwijsroute.Funding.Forecasts;

/// <summary>
/// What to forecast (Dutch: <em>prognoseverzoek</em>): for whom, over which years, with which participants and
/// costs, and which assumptions differ from the defaults. Assumptions set here become parameter overrides, so the
/// result's parameter version records them. In every list a <c>null</c> item is one the caller could not read and
/// reports itself: it is skipped and keeps the others' positions, which the error paths (<c>trajecten[i]</c> …) name.
/// </summary>
public sealed class ForecastRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="scope">The gemeente or region.</param>
    /// <param name="firstYear">The first year (2022 at the earliest).</param>
    /// <param name="lastYear">The last year (2030 at the latest).</param>
    public ForecastRequest(ForecastScope scope, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Scope = scope;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>The gemeente or region.</summary>
    public ForecastScope Scope { get; }

    /// <summary>The first year.</summary>
    public int FirstYear { get; }

    /// <summary>The last year.</summary>
    public int LastYear { get; }

    /// <summary>Individual trajecten.</summary>
    public IReadOnlyList<Trajectory?> Trajectories { get; init; } = [];

    /// <summary>Expected starters per year and level.</summary>
    public IReadOnlyList<StarterGroup?> Starters { get; init; } = [];

    /// <summary>Bridging offer costs per year (Dutch: <em>overbruggingsaanbod</em>); at most one per year.</summary>
    public IReadOnlyList<YearAmount?> BridgingCosts { get; init; } = [];

    /// <summary>The assumed national year-end count in the onderwijsroute per year (at most one per year), replacing the default assumption.</summary>
    public IReadOnlyList<YearCount?> NationalCounts { get; init; } = [];

    /// <summary>The share of the gemeentefonds additions applied to the onderwijsroute (0-1), or <c>null</c> for the default.</summary>
    public decimal? MunicipalFundShare { get; init; }

    /// <summary>Any other parameter overrides (e.g. a price or travel cost assumption).</summary>
    public IReadOnlyList<ParameterOverride?> Overrides { get; init; } = [];
}
