namespace Onderwijsroute.Funding.Scenarios.Uncertainty;

/// <summary>How to run a scenario under uncertainty (Dutch: <em>onzekerheidsanalyse</em>).</summary>
public sealed record UncertaintyAnalysisSettings
{
    /// <summary>The default number of draws.</summary>
    public const int DefaultDraws = 1_000;

    /// <summary>The largest number of draws.</summary>
    public const int MaxDraws = 100_000;

    /// <summary>The number of draws (<c>trekkingen</c>), 1 to <see cref="MaxDraws"/>.</summary>
    public int Draws { get; init; } = DefaultDraws;

    /// <summary>The seed (<c>seed</c>): the same seed gives bit-identical results on any machine.</summary>
    public ulong Seed { get; init; }

    /// <summary>The participants' coefficient of variation (<c>variatiecoefficientDeelnemers</c>), or <c>null</c> for the scenario's.</summary>
    public decimal? ParticipantsCv { get; init; }

    /// <summary>The traject price's coefficient of variation (<c>variatiecoefficientPrijs</c>), or <c>null</c> for the scenario's (0 if it has none).</summary>
    public decimal? PriceCv { get; init; }

    /// <summary>How many threads may compute draws; the results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks the settings against a scenario and names every wrong field.</summary>
    /// <param name="scenario">The scenario whose defaults fill the gaps.</param>
    /// <returns>The coefficients of variation to use.</returns>
    /// <exception cref="ScenarioValidationException">A field is wrong.</exception>
    public (decimal ParticipantsCv, decimal PriceCv) Resolve(ScenarioDefinition scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var errors = new List<ScenarioInputError>();
        if (Draws < 1 || Draws > MaxDraws)
        {
            errors.Add(new("trekkingen", $"Moet 1 tot en met {MaxDraws} zijn."));
        }

        var participants = ParticipantsCv ?? scenario.ParticipantsCv;
        if (participants is null)
        {
            errors.Add(new("variatiecoefficientDeelnemers", "Verplicht: het scenario geeft geen onzekerheid."));
        }
        else if (participants < 0 || participants > 5)
        {
            errors.Add(new("variatiecoefficientDeelnemers", "Moet 0 tot en met 5 zijn."));
        }

        var price = PriceCv ?? scenario.PriceCv ?? 0m;
        if (price < 0 || price > 5)
        {
            errors.Add(new("variatiecoefficientPrijs", "Moet 0 tot en met 5 zijn."));
        }

        if (MaxDegreeOfParallelism < 1)
        {
            errors.Add(new("maxDegreeOfParallelism", "Moet ten minste 1 zijn."));
        }

        return errors.Count > 0 ? throw new ScenarioValidationException(errors) : (participants!.Value, price);
    }
}
