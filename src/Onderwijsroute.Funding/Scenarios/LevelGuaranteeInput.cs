namespace Onderwijsroute.Funding.Scenarios;

/// <summary>A guaranteed traject price per level, indexed like the supplement (<c>garantieprijsPerNiveau</c>).</summary>
public sealed record LevelGuaranteeInput
{
    /// <summary>The guaranteed price per level in the supplement's base year, euros (<c>bedragen</c>).</summary>
    public IReadOnlyDictionary<string, decimal>? Amounts { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}
