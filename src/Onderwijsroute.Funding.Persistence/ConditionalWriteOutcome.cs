namespace Onderwijsroute.Funding.Persistence;

/// <summary>What a conditional write did.</summary>
public enum ConditionalWriteOutcome
{
    /// <summary>The write happened.</summary>
    Written,

    /// <summary>There is no such forecast (or scenario).</summary>
    NotFound,

    /// <summary>The forecast (or scenario) exists at another version: the writer's tag is stale (412).</summary>
    VersionMismatch,

    /// <summary>The owner already has another scenario of that name (409); nothing was written.</summary>
    NameTaken,
}
