using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>
/// Whether the service can answer: the store is not known to be full, damaged or unwritable, the database is reachable
/// and migrated, and the parameters are loaded and registered.
/// </summary>
internal sealed class Readiness(IDatabase database, ParameterCatalogue catalogue, IParameterVersionRepository versions, StorageHealth storage)
{
    /// <summary>Checks readiness now.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns><c>null</c> when ready, else why not (Dutch).</returns>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        if (storage.Fault is { } fault)
        {
            return fault.Detail;
        }

        try
        {
            if (!database.IsUpToDate())
            {
                return "De database is niet bijgewerkt naar het laatste schema.";
            }

            if (catalogue.Schemes.Count == 0 || await versions.FindAsync(catalogue.Version, cancellationToken).ConfigureAwait(false) is null)
            {
                return "De parameters zijn niet geladen.";
            }

            return null;
        }
#pragma warning disable CA1031 // Readiness reports any failure to reach the database as "not ready".
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return storage.Observe(e)?.Detail ?? "De database is niet bereikbaar.";
        }
    }
}
