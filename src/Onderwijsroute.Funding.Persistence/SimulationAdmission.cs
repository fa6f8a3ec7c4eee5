namespace Onderwijsroute.Funding.Persistence;

/// <summary>Whether a new analysis was stored, or which bound on waiting and running analyses refused it.</summary>
public enum SimulationAdmission
{
    /// <summary>Stored as waiting.</summary>
    Admitted,

    /// <summary>Its key already has the most analyses waiting or running that one key may have.</summary>
    KeyQueueFull,

    /// <summary>The service already has the most analyses waiting or running that it takes.</summary>
    QueueFull,
}
