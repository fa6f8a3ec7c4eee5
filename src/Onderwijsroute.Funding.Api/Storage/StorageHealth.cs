using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>
/// Whether the store takes writes (issue 11): a full, damaged or unwritable database is noticed where a statement fails
/// (a request, the analysis runner, a checkpoint) or by the start-up check, and remembered here. While a fault lasts,
/// readiness answers 503 and API writes a 503 problem naming the cause (<see cref="StorageGuardMiddleware"/>); the log
/// gets one line, when the fault starts, telling the operator what to do, and one when it passes
/// (<see cref="StorageMonitor"/> tries a test write; a damaged file never passes by itself).
/// </summary>
internal sealed partial class StorageHealth(IDatabase database, ILogger<StorageHealth> logger)
{
    private readonly Lock _gate = new();
    private StorageFault? _fault;

    /// <summary>The current fault, or <c>null</c> while the store is healthy.</summary>
    public StorageFault? Fault => Volatile.Read(ref _fault);

    /// <summary>Records the fault behind an exception, if it is one; returns it, or <c>null</c> for any other failure.</summary>
    /// <param name="exception">What a statement threw.</param>
    public StorageFault? Observe(Exception exception)
    {
        if (StorageFaults.Classify(exception) is not { } kind)
        {
            return null;
        }

        return Report(kind, exception.GetBaseException().Message);
    }

    /// <summary>Records a fault; a damaged store stays damaged whatever comes after. Logs when the state changes.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="cause">What was observed.</param>
    public StorageFault Report(StorageFaultKind kind, string cause)
    {
        lock (_gate)
        {
            if (_fault is { } current && (current.Kind == kind || !current.MayPass))
            {
                return current;
            }

            var fault = new StorageFault(kind, cause);
            Volatile.Write(ref _fault, fault);
            var folder = database is SqliteDatabase file ? Path.GetDirectoryName(file.FilePath) ?? "." : "the database server";
            switch (kind)
            {
                case StorageFaultKind.Full:
                    LogFull(logger, database.Location, cause, folder);
                    break;
                case StorageFaultKind.Damaged:
                    LogDamaged(logger, database.Location, cause);
                    break;
                default:
                    LogUnwritable(logger, database.Location, cause, folder);
                    break;
            }

            return fault;
        }
    }

    /// <summary>Ends a fault that may pass (a test write succeeded); a damaged store stays damaged.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_fault is { MayPass: true } fault)
            {
                Volatile.Write(ref _fault, null);
                LogRecovered(logger, database.Location, fault.Kind);
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Critical, Message = "Storage full: the database {Path} cannot grow ({Cause}). Free space on the file system of {Folder}; until a test write succeeds, /v1/health/ready answers 503 and writes are refused with 503.")]
    private static partial void LogFull(ILogger logger, string path, string cause, string folder);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Critical, Message = "Database {Path} is damaged ({Cause}). Stop the service, keep the damaged file aside, restore the last backup (or recover what is left with `sqlite3 <file> .recover`) and start again; until then /v1/health/ready answers 503 and writes are refused with 503.")]
    private static partial void LogDamaged(ILogger logger, string path, string cause);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Critical, Message = "Database {Path} cannot be written ({Cause}). Check the file system and the permissions of {Folder}; until a test write succeeds, /v1/health/ready answers 503 and writes are refused with 503.")]
    private static partial void LogUnwritable(ILogger logger, string path, string cause, string folder);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Database {Path} takes writes again (the fault was: {Kind}); writes are accepted.")]
    private static partial void LogRecovered(ILogger logger, string path, StorageFaultKind kind);
}
