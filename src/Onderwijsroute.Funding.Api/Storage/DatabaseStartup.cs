using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NodaTime;
using Onderwijsroute.Funding.Api.Http.Security;
using Onderwijsroute.Funding.Api.V1.Schemes;
using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Persistence;

namespace Onderwijsroute.Funding.Api.Storage;

/// <summary>
/// What runs before the API takes requests: the service's user must be allowed to use the database's folder and file
/// (<see cref="DatabaseAccess"/>; if not, one log line names the path and the permission and the service does not
/// start); an existing file must pass SQLite's <c>quick_check</c> (if not, the service starts but is not ready and takes
/// no writes, see <see cref="StorageHealth"/>); then the file is migrated and the parameter version in force is
/// registered with a snapshot of every parameter, so stored calculations can always be traced to values; on a fresh
/// installation the first beheer key is written next to the database (<see cref="FirstStartKey"/>). "Ready" is logged
/// last.
/// </summary>
internal sealed partial class DatabaseStartup(
    IDatabase database,
    ParameterCatalogue catalogue,
    IParameterVersionRepository versions,
    IClock clock,
    IOptions<JsonOptions> json,
    FirstStartKey firstStartKey,
    StorageHealth storage,
    ILogger<DatabaseStartup> logger)
{
    /// <summary>How the start went.</summary>
    public enum Outcome
    {
        /// <summary>The database is migrated and registered: serve.</summary>
        Ready,

        /// <summary>The database is damaged: serve reads where possible, refuse writes, not ready.</summary>
        Faulted,

        /// <summary>The service may not use the database's folder or file, or cannot write it: do not start (the log says why).</summary>
        Refused,
    }

    public Outcome Run()
    {
        var file = database as SqliteDatabase;
        if (file is not null && DatabaseAccess.Problem(file.FilePath) is { } refused)
        {
            LogRefused(logger, refused);
            return Outcome.Refused;
        }

        var isNewFile = file is not null && !File.Exists(file.FilePath);
        try
        {
            if (file is not null && !isNewFile && file.QuickCheck() is [_, ..] damage)
            {
                storage.Report(StorageFaultKind.Damaged, "quick_check: " + string.Join("; ", damage));
                return Outcome.Faulted;
            }

            var applied = database.Migrate();
            var snapshot = JsonSerializer.Serialize(catalogue.Schemes.Select(s => SchemeMapping.ToResponse(s, catalogue, null)).ToArray(), json.Value.SerializerOptions);
            var isNew = versions.Register(new ParameterVersionRecord(catalogue.Version, snapshot, clock.GetCurrentInstant()));
            // Only a fresh file gets a first key beside it; a shared PostgreSQL database gets its first key from the
            // operator (`sleutels maak`), so that several instances starting at once do not each write one.
            if (isNewFile)
            {
                firstStartKey.CreateIfNone(file!.FilePath);
            }

            LogParameters(logger, catalogue.Version, isNew);
            LogReady(logger, database.Engine, database.Location, applied.Count);
            return Outcome.Ready;
        }
        catch (Exception e) when (StorageFaults.Classify(e) is { } kind)
        {
            // A damaged file stays in service, read-only and not ready, for the operator to see and restore; a full or
            // unwritable store at start cannot even be migrated, so the service does not start (a supervisor retries).
            if (kind == StorageFaultKind.Damaged)
            {
                storage.Report(kind, e.GetBaseException().Message);
                return Outcome.Faulted;
            }

            SqliteConnection.ClearAllPools();
            var cause = e.GetBaseException().Message;
            var remedy = kind == StorageFaultKind.Full ? "free space on its file system" : file is null ? "check that the server runs and takes connections" : "check its file system and permissions";
            LogCannotWrite(logger, database.Location, cause, remedy);
            return Outcome.Refused;
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Database ({Engine}) {Path} ready; {Count} migration(s) applied now")]
    private static partial void LogReady(ILogger logger, string engine, string path, int count);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Parameter version {Version} loaded (new: {IsNew})")]
    private static partial void LogParameters(ILogger logger, string version, bool isNew);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Critical, Message = "The service cannot start: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Critical, Message = "The service cannot start: the database {Path} cannot be written ({Cause}); {Remedy}.")]
    private static partial void LogCannotWrite(ILogger logger, string path, string cause, string remedy);
}
