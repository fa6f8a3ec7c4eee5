namespace Onderwijsroute.Funding.Scenarios;

/// <summary>New onderwijsroute participants per year, nationally (<c>deelnemers</c>).</summary>
public sealed record ParticipantProjectionInput
{
    /// <summary>Participants starting a traject per year (<c>perJaar</c>); required for every year unless counts are supplied.</summary>
    public IReadOnlyDictionary<int, long>? PerYear { get; init; }

    /// <summary><c>aanname</c> or <c>bevestigd</c> (<c>status</c>).</summary>
    public string? Status { get; init; }

    /// <summary>The source or reasoning (<c>bron</c>).</summary>
    public string? Source { get; init; }
}
