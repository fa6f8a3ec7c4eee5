using System.Security.Cryptography;
using System.Text;

namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>
/// The result of a Monte Carlo run (Dutch: <em>onzekerheidsanalyse</em>): bands per year for every national figure and
/// every gemeente's gap, with what produced it (engine and parameter version, input hash, draws, seed, variation).
/// </summary>
public sealed class UncertaintyAnalysisResult
{
    internal UncertaintyAnalysisResult(ScenarioDefinition scenario, int draws, ulong seed, decimal participantsCv, decimal priceCv, IReadOnlyList<SimulatedYear> years, Money maxError, int bandsOutsideRange, Explanation explanation, IReadOnlyList<ScenarioAssumption> assumptions)
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

    /// <summary>The scenario's, the engine's and the analysis's assumptions.</summary>
    public IReadOnlyList<ScenarioAssumption> Assumptions { get; }

    /// <summary>
    /// A SHA-256 of every band value in order: equal fingerprints mean bit-identical results. The tests pin it, and the
    /// benchmark tool prints it, so that a faster analysis can be shown to give the same numbers.
    /// </summary>
    internal string BandsFingerprint()
    {
        var text = new StringBuilder();
        foreach (var year in Years)
        {
            foreach (var f in year.Figures)
            {
                text.Append(f.Name).Append(' ').Append(f.P5).Append(' ').Append(f.P50).Append(' ').Append(f.P95).Append('\n');
            }

            foreach (var m in year.Municipalities)
            {
                text.Append(m.Code).Append(' ').Append(m.P5.Cents).Append(' ').Append(m.P50.Cents).Append(' ').Append(m.P95.Cents).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
