namespace Onderwijsroute.Funding.Persistence;

/// <summary>What a conditional replace did, and the version the row has after it.</summary>
/// <param name="Outcome">Written, not found, or a version mismatch.</param>
/// <param name="Version">The new version when written; otherwise 0.</param>
public readonly record struct ConditionalWriteResult(ConditionalWriteOutcome Outcome, long Version);
