namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>The P5–P50–P95 band of one national figure in one year (exact nearest-rank percentiles over all draws).</summary>
/// <param name="Name">The figure, from <see cref="ScenarioFigures.All"/>.</param>
/// <param name="IsMoney">Whether the values are cents.</param>
/// <param name="P5">The 5th percentile.</param>
/// <param name="P50">The median.</param>
/// <param name="P95">The 95th percentile.</param>
public sealed record FigureBand(string Name, bool IsMoney, long P5, long P50, long P95);

/// <summary>The P5–P50–P95 band of one gemeente's gap in one year (streaming estimate; see <see cref="SimulationResult.MunicipalityBandMaxError"/>).</summary>
/// <param name="Code">The gemeente.</param>
/// <param name="Name">Its name.</param>
/// <param name="P5">The 5th percentile of its gap.</param>
/// <param name="P50">The median.</param>
/// <param name="P95">The 95th percentile.</param>
public sealed record MunicipalityGapBand(MunicipalityCode Code, string Name, Money P5, Money P50, Money P95);

/// <summary>One year of a simulation.</summary>
/// <param name="Year">The year.</param>
/// <param name="Figures">A band for every national figure, in the order of <see cref="ScenarioFigures.All"/>.</param>
/// <param name="Municipalities">A band for every gemeente's gap, by code.</param>
public sealed record SimulatedYear(int Year, IReadOnlyList<FigureBand> Figures, IReadOnlyList<MunicipalityGapBand> Municipalities)
{
    /// <summary>A figure's band by name.</summary>
    /// <param name="name">A name from <see cref="ScenarioFigures.All"/>.</param>
    public FigureBand Figure(string name) => Figures.FirstOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"No figure '{name}'.");
}

/// <summary>
/// The result of a Monte Carlo run (Dutch: <em>onzekerheidsanalyse</em>): bands per year for every national figure and
/// every gemeente's gap, with what produced it (engine and parameter version, input hash, draws, seed, variation).
/// </summary>
public sealed class SimulationResult
{
    internal SimulationResult(ScenarioDefinition scenario, int draws, ulong seed, decimal participantsCv, decimal priceCv, IReadOnlyList<SimulatedYear> years, Money maxError, int bandsOutsideRange, Explanation explanation, IReadOnlyList<ScenarioAssumption> assumptions)
    {
        ScenarioName = scenario.Name;
        ParameterVersion = scenario.Catalogue.Version;
        InputHash = scenario.InputHash;
        Draws = draws;
        Seed = seed;
        ParticipantsCv = participantsCv;
        PriceCv = priceCv;
        Years = years;
        MunicipalityBandMaxError = maxError;
        BandsOutsidePilotRange = bandsOutsideRange;
        Explanation = explanation;
        Assumptions = assumptions;
    }

    /// <summary>The scenario's name.</summary>
    public string ScenarioName { get; }

    /// <summary>The engine version.</summary>
    public string EngineVersion { get; } = ScenarioEngine.Version;

    /// <summary>The parameter version.</summary>
    public string ParameterVersion { get; }

    /// <summary>The hash of the scenario's inputs.</summary>
    public string InputHash { get; }

    /// <summary>The number of draws.</summary>
    public int Draws { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>The participants' coefficient of variation used.</summary>
    public decimal ParticipantsCv { get; }

    /// <summary>The traject price's coefficient of variation used (0: certain).</summary>
    public decimal PriceCv { get; }

    /// <summary>Each year, in order.</summary>
    public IReadOnlyList<SimulatedYear> Years { get; }

    /// <summary>The largest possible error of a gemeente band (half the widest histogram bin); national bands are exact.</summary>
    public Money MunicipalityBandMaxError { get; }

    /// <summary>Gemeente bands that fell outside their pilot range; their error is not bounded by <see cref="MunicipalityBandMaxError"/>.</summary>
    public int BandsOutsidePilotRange { get; }

    /// <summary>The parameters, counts and notes used.</summary>
    public Explanation Explanation { get; }

    /// <summary>The scenario's, the engine's and the simulation's assumptions.</summary>
    public IReadOnlyList<ScenarioAssumption> Assumptions { get; }
}
