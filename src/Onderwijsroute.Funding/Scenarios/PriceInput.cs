namespace Onderwijsroute.Funding.Scenarios;

/// <summary>Average traject prices per level and contract form, the level mix and the duration (<c>prijzen</c>).</summary>
public sealed record PriceInput
{
    /// <summary>The price level year of <see cref="PerLevel"/> (<c>prijspeiljaar</c>).</summary>
    public int? BaseYear { get; init; }

    /// <summary>Yearly price indexation as a fraction, e.g. 0.0378 (<c>indexatie</c>).</summary>
    public decimal? Indexation { get; init; }

    /// <summary>Traject duration in months (<c>duurMaanden</c>).</summary>
    public int? DurationMonths { get; init; }

    /// <summary>The month (1–12) in which trajecten start (<c>startmaand</c>); <c>null</c> for the assumption <c>startmaand-instroom</c>.</summary>
    public int? StartMonth { get; init; }

    /// <summary>Price per level (<c>perNiveau</c>): for each of the seven levels the contracted and the custom (maatwerk) price.</summary>
    public IReadOnlyDictionary<string, LevelPriceInput>? PerLevel { get; init; }

    /// <summary>Share of participants per level (<c>niveauverdeling</c>), at most four decimals, adding up to 1.</summary>
    public IReadOnlyDictionary<string, decimal>? LevelShares { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}
