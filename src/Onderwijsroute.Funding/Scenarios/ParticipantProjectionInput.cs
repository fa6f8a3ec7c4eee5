namespace Onderwijsroute.Funding.Scenarios;

/// <summary>The national inflow into the onderwijsroute by housing year (<c>deelnemers</c>); without it, the national projection.</summary>
public sealed record ParticipantProjectionInput
{
    /// <summary>Persons housed per year for whom the onderwijsroute is set (<c>perJaar</c>); required for every year unless counts are supplied.</summary>
    public IReadOnlyDictionary<int, long>? PerYear { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c> (<c>status</c>).</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning (<c>bron</c>).</summary>
    public string? Source { get; init; }
}
