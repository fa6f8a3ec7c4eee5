namespace Onderwijsroute.Funding.Scenarios;

/// <summary>How the national participants spread over the gemeenten (<c>spreiding</c>).</summary>
public sealed record SpreadInput
{
    /// <summary><c>inwoners</c>, <c>sleutel</c> or <c>aantallen</c> (<c>methode</c>).</summary>
    public string? Method { get; init; }

    /// <summary>For <c>sleutel</c>: a non-negative integer weight per gemeente code (<c>sleutel</c>); left out = 0.</summary>
    public IReadOnlyDictionary<string, long>? Key { get; init; }

    /// <summary>For <c>aantallen</c>: participants per year per gemeente code (<c>aantallen</c>).</summary>
    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, long>>? Counts { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning.</summary>
    public string? Source { get; init; }
}
