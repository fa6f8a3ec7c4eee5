using NodaTime;

namespace Onderwijsroute.Funding.Persistence;

/// <summary>A stored scenario (Dutch: <em>scenario</em>): its document as checked, who owns it and its version.</summary>
/// <param name="Id">The id (a GUID string, or the ready scenario's name).</param>
/// <param name="Name">The scenario's name, unique per owner.</param>
/// <param name="Description">Its Dutch description.</param>
/// <param name="InputJson">The scenario document (JSON).</param>
/// <param name="InputHash">The hash of the checked input.</param>
/// <param name="ParameterVersion">The parameter version with its overrides.</param>
/// <param name="IsReady">Whether it is one of the ready scenarios shipped with the service.</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record ScenarioRecord(string Id, string Name, string Description, string InputJson, string InputHash, string ParameterVersion, bool IsReady, Instant CreatedAt)
{
    /// <summary>The owner of the ready scenarios.</summary>
    public const string SystemOwner = "systeem";

    /// <summary>The id of the key that made it, <see cref="SystemOwner"/> for a ready one, or <c>null</c> when it was stored before owners were recorded.</summary>
    public string? Owner { get; init; }

    /// <summary>The version, 1 when made and one more at every replace: the ETag a replace or delete must name.</summary>
    public long Version { get; init; } = 1;

    /// <summary>When it was made or last replaced.</summary>
    public Instant ModifiedAt { get; init; } = CreatedAt;

    /// <summary>The scenario it was made from (<c>basisScenario</c>), or <c>null</c>.</summary>
    public string? BaseScenarioId { get; init; }
}
