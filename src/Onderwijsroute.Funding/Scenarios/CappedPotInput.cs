namespace Onderwijsroute.Funding.Scenarios;

/// <summary>A capped pot the scenario adds, distributed every year by a key (<c>budgetpot</c>).</summary>
public sealed record CappedPotInput
{
    /// <summary>The pot per year in whole euros (<c>bedragPerJaar</c>).</summary>
    public IReadOnlyDictionary<int, decimal>? AmountPerYear { get; init; }

    /// <summary><c>aantal-einde-jaar</c> (participants in the route on 31 December) or <c>inwoners</c> (<c>verdeelsleutel</c>).</summary>
    public string? Key { get; init; }

    /// <summary>With key <c>aantal-einde-jaar</c>: who counts on 31 December, <c>pip-onderwijsroute</c> (default) or <c>lopend-traject</c> (<c>telling</c>, docs/domain.md §4.4).</summary>
    public string? Count { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}
