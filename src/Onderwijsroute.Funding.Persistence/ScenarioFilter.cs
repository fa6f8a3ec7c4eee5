namespace Onderwijsroute.Funding.Persistence;

/// <summary>Which scenarios a list shows; every criterion left <c>null</c> lets everything through.</summary>
/// <param name="Name">Only those of this name.</param>
/// <param name="Owner">Only those of this owner (a key id, or <see cref="ScenarioRecord.SystemOwner"/>).</param>
/// <param name="IsReady">Only the ready ones (<c>true</c>) or only the others (<c>false</c>).</param>
public sealed record ScenarioFilter(string? Name = null, string? Owner = null, bool? IsReady = null)
{
    /// <summary>No criteria: every scenario.</summary>
    public static ScenarioFilter None { get; } = new();
}
