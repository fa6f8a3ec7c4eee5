namespace Onderwijsroute.Funding.Persistence;

/// <summary>The parameter versions the service has run with; the first registration of a version wins.</summary>
public interface IParameterVersionRepository
{
    /// <summary>Registers a version unless it is already known; returns whether it was new.</summary>
    /// <param name="record">The version with its snapshot.</param>
    bool Register(ParameterVersionRecord record);

    /// <summary>Finds a version, or <c>null</c> when the service never ran with it.</summary>
    /// <param name="version">The version.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ParameterVersionRecord?> FindAsync(string version, CancellationToken cancellationToken);
}
